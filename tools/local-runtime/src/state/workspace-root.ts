import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The monorepo root: the nearest folder above `from` holding nx.json. The local runtime and the CLI keep
 * their state under it, so any command run from anywhere in the checkout finds the running platform.
 */
export const workspaceRoot = (from: string = process.cwd()): string => {
  let dir = path.resolve(from);
  for (;;) {
    if (existsSync(path.join(dir, 'nx.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(__dirname, '../../../..');
    dir = parent;
  }
};
