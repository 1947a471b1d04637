import path from 'node:path';

/** The monorepo root: esbuild's project root, where package-lock.json and tsconfig.base.json live. */
export const WORKSPACE_ROOT = path.resolve(__dirname, '../../../..');
