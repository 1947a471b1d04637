import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { type GeneratedRegistryDataset, generateRegistryDataset } from '@aircraftops/registry';

/** A generated dataset in a temporary folder, removed by `remove()`. */
export interface TemporaryDataset extends GeneratedRegistryDataset {
  readonly dir: string;
  remove(): Promise<void>;
}

/**
 * Generates an FAA-format dataset of `rows` MASTER rows into a fresh temporary folder.
 *
 * @example
 * ```ts
 * const dataset = await generateTemporaryDataset(100_000, '42');
 * try { ... dataset.masterPath ... } finally { await dataset.remove(); }
 * ```
 */
export const generateTemporaryDataset = async (rows: number, seed: string): Promise<TemporaryDataset> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), `aircraftops-bench-${rows}-`));
  const remove = (): Promise<void> => rm(dir, { recursive: true, force: true });
  try {
    const dataset = await generateRegistryDataset({ rows, seed, outDir: dir });
    return { ...dataset, dir, remove };
  } catch (error) {
    await remove();
    throw error;
  }
};
