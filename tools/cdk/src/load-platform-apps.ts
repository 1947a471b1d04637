import path from 'node:path';

import type { AppManifest } from '@aircraftops/declarations';

import { WORKSPACE_ROOT } from './config/workspace-root';

/**
 * `platformApps` from tools/platform, loaded at run time on purpose. Every app project depends on this
 * project (`nx.implicitDependencies`: a generator change re-synthesises every stack); a static import of
 * the apps from here would close a cycle in the Nx graph, and then a change in one app would make every
 * app's stack "affected".
 * @example
 * const apps = loadPlatformApps(); // [aircraft, ingestion, audit, stream-bridge]
 */
export const loadPlatformApps = (): readonly AppManifest[] => {
  const modulePath = path.join(WORKSPACE_ROOT, 'tools', 'platform', 'src', 'index.ts');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a run-time load keeps the Nx graph acyclic (see above)
  const loaded = require(modulePath) as { platformApps: readonly AppManifest[] };
  return loaded.platformApps;
};
