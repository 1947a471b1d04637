import path from 'node:path';

import { workspaceRoot } from './workspace-root';

/** Where local state lives (issuer keys, runtime.json, uploaded datasets): `AIRCRAFTOPS_HOME` or `<repo>/.aircraftops`. */
export const runtimeHome = (env: Record<string, string | undefined> = process.env): string =>
  path.resolve(env['AIRCRAFTOPS_HOME'] ?? path.join(workspaceRoot(), '.aircraftops'));

/** The issuer's key folder: stable across restarts so tokens stay valid. */
export const issuerKeyDir = (home: string = runtimeHome()): string => path.join(home, 'keys');
