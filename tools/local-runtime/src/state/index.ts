export { issuerKeyDir, runtimeHome } from './runtime-home';
export { clearRuntimeState, readRuntimeState, type RuntimeState, writeRuntimeState } from './runtime-state';
export { workspaceRoot } from './workspace-root';
