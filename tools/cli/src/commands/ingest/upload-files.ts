import { copyFile, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

import { CliError } from '../../support/cli-error';
import { EXIT_USAGE } from '../../support/exit-codes';

/** The folder of the dataset store that `ingest` copies files into. */
export const UPLOADS_PREFIX = 'uploads';

/** One local file copied into the dataset store. */
export interface UploadedFile {
  readonly source: string;
  /** Its dataset-store key (relative to the data folder, `/`-separated). */
  readonly key: string;
}

/**
 * The dataset-store key of an upload: `uploads/<UTC time>-<file name>`, the name reduced to safe
 * characters, so uploads never collide with or overwrite earlier ones and sort by time.
 * @example
 * uploadKeyFor('/tmp/MASTER.txt', new Date('2025-06-01T02:00:00.000Z')); // 'uploads/20250601T020000000Z-MASTER.txt'
 */
export const uploadKeyFor = (source: string, now: Date): string => {
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  const name = path.basename(source).replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return `${UPLOADS_PREFIX}/${stamp}-${name}`;
};

/**
 * "Uploads" local files into the platform's dataset store (`<dataDir>/uploads/…`): every path is
 * checked to be a readable regular file before anything is copied (exit 2 otherwise).
 * @example
 * const files = await uploadFiles(['MASTER.txt'], runtime.dataDir);
 */
export const uploadFiles = async (sources: readonly string[], dataDir: string, now: Date = new Date()): Promise<UploadedFile[]> => {
  if (sources.length === 0) throw new CliError('Give at least one file to ingest.', EXIT_USAGE);
  const names = new Set<string>();
  for (const source of sources) {
    const info = await stat(source).catch((error: NodeJS.ErrnoException) => {
      throw new CliError(`${source}: ${error.code === 'ENOENT' ? 'no such file' : error.message}.`, EXIT_USAGE, { cause: error });
    });
    if (!info.isFile()) throw new CliError(`${source}: not a regular file.`, EXIT_USAGE);
    const key = uploadKeyFor(source, now);
    if (names.has(key)) throw new CliError(`${source}: two files named ${path.basename(source)}; rename one.`, EXIT_USAGE);
    names.add(key);
  }
  await mkdir(path.join(dataDir, UPLOADS_PREFIX), { recursive: true });
  const uploaded: UploadedFile[] = [];
  for (const source of sources) {
    const key = uploadKeyFor(source, now);
    await copyFile(source, path.join(dataDir, ...key.split('/')));
    uploaded.push({ source, key });
  }
  return uploaded;
};
