import { createReadStream } from 'node:fs';
import type { Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';

import { DatasetFolderError, DatasetPathError } from '../../domain/job';
import type { DatasetStore } from '../../use-cases/ports';

/**
 * `DatasetStore` over a local folder (env `AIRCRAFTOPS_DATA_DIR`). Keys are paths relative to the
 * root; any key that leaves it (`..`, an absolute path, a symlink pointing outside) is refused.
 * @example
 * const store = new LocalDatasetStore('/data/faa');
 * const input = await store.open('2025-03/MASTER.txt');
 */
export class LocalDatasetStore implements DatasetStore {
  constructor(private readonly root: string) {}

  async size(key: string): Promise<number> {
    return (await this.file(key)).size;
  }

  async open(key: string): Promise<Readable> {
    const target = await this.resolve(key);
    await this.file(key, target);
    return createReadStream(target);
  }

  /** The stats of the regular file at `key`: a folder is refused here, not later as a raw EISDIR. */
  private async file(key: string, target?: string): Promise<Stats> {
    const stats = await stat(target ?? (await this.resolve(key)));
    if (stats.isDirectory()) throw new DatasetFolderError(key);
    if (!stats.isFile()) throw new DatasetPathError(key, 'is not a regular file');
    return stats;
  }

  /** The real path of `key`, checked to be inside the root. */
  async resolve(key: string): Promise<string> {
    if (key === '' || isAbsolute(key) || key.includes('\0')) throw new DatasetPathError(key, 'must be a relative path under the data folder');
    const root = await realpath(resolve(this.root));
    let target: string;
    try {
      target = await realpath(resolve(root, key));
    } catch (cause) {
      throw new DatasetPathError(key, 'no such file in the data folder', { cause });
    }
    const inside = relative(root, target);
    if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
      throw new DatasetPathError(key, 'escapes the data folder');
    }
    return target;
  }
}
