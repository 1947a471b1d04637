import type { Readable } from 'node:stream';

/**
 * Port: where dataset files are read from (a local folder, an S3 bucket).
 * @example
 * const input = await store.open('2025-03/MASTER.txt');
 */
export interface DatasetStore {
  /** Size in bytes; throws when the file does not exist. */
  size(key: string): Promise<number>;
  open(key: string): Promise<Readable>;
}
