export { useExternalEmulator } from './external-emulator';
export { stopHarness } from './harness-handle';
export { type HarnessEnv, restoreHarnessEnv } from './harness-state';
export { startHarness } from './start-harness';
