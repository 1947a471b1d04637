import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidRegistryArgumentError } from '../errors';
import { ACFTREF_LAYOUT } from '../layouts/acftref-layout';
import { ENGINE_LAYOUT } from '../layouts/engine-layout';
import { MASTER_LAYOUT } from '../layouts/master-layout';
import type { RegistryFileLayout } from '../layouts/registry-file-layout';
import { formatFixedRow } from './format-fixed-row';
import { generateEngineRows } from './generate-engine-rows';
import { masterRowValues } from './generate-master-row';
import { generateModelRows } from './generate-model-rows';
import { LineWriter } from './line-writer';
import { Prng } from './prng';
import { N_NUMBER_COUNT, sampleNNumbers } from './sample-n-numbers';

/** Options of `generateRegistryDataset`. */
export interface GenerateRegistryDatasetOptions {
  /** MASTER rows (aircraft), 1 – 915,399 (every US N-number). */
  readonly rows: number;
  /** Same seed, same options → byte-identical files. */
  readonly seed: string | number;
  /** Folder to write MASTER.txt, ACFTREF.txt and ENGINE.txt into (created if missing). */
  readonly outDir: string;
  /** ENGINE rows, default 500 (the real file has ~4,800). */
  readonly engineRows?: number;
  /** ACFTREF rows, default 2,000 (the real file has ~94,000). */
  readonly modelRows?: number;
}

/** What was written, for logs and the CLI. */
export interface GeneratedRegistryDataset {
  readonly masterPath: string;
  readonly acftrefPath: string;
  readonly enginePath: string;
  readonly rows: number;
  readonly modelRows: number;
  readonly engineRows: number;
}

function checkCount(name: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new InvalidRegistryArgumentError(`${name} must be an integer from 1 to ${max}, got ${value}`);
  }
}

async function writeFile(path: string, layout: RegistryFileLayout, rows: Iterable<readonly string[]>): Promise<void> {
  const writer = new LineWriter(createWriteStream(path));
  await writer.write(`\uFEFF${layout.headerLine}\r\n`);
  for (const values of rows) await writer.write(formatFixedRow(layout.columns, values));
  await writer.end();
}

/**
 * Writes an FAA-format dataset (UTF-8 BOM, CRLF, fixed widths, trailing comma, the FAA header
 * lines) with realistic value distributions: unique ascending N-numbers with matching Mode S
 * codes, registrants of every type, model and engine codes that resolve in the generated
 * ACFTREF/ENGINE. MASTER rows are streamed with backpressure, so memory does not grow with `rows`.
 *
 * @throws InvalidRegistryArgumentError for row counts outside the allowed range.
 * @example
 * ```ts
 * const dataset = await generateRegistryDataset({ rows: 100_000, seed: 42, outDir: '/tmp/faa' });
 * dataset.masterPath; // '/tmp/faa/MASTER.txt'
 * ```
 */
export async function generateRegistryDataset(options: GenerateRegistryDatasetOptions): Promise<GeneratedRegistryDataset> {
  const { rows, seed, outDir, engineRows = 500, modelRows = 2_000 } = options;
  checkCount('rows', rows, N_NUMBER_COUNT);
  checkCount('engineRows', engineRows, 90_000);
  checkCount('modelRows', modelRows, 900_000);
  await mkdir(outDir, { recursive: true });

  // One generator per file: changing `rows` leaves ENGINE and ACFTREF unchanged.
  const engines = generateEngineRows(engineRows, new Prng(`${seed}:engine`));
  const models = generateModelRows(modelRows, engines, new Prng(`${seed}:acftref`));
  const masterRandom = new Prng(`${seed}:master`);

  const dataset = {
    masterPath: join(outDir, MASTER_LAYOUT.fileName),
    acftrefPath: join(outDir, ACFTREF_LAYOUT.fileName),
    enginePath: join(outDir, ENGINE_LAYOUT.fileName),
    rows,
    modelRows,
    engineRows,
  };
  await writeFile(dataset.enginePath, ENGINE_LAYOUT, engines.map((engine) => engine.values));
  await writeFile(dataset.acftrefPath, ACFTREF_LAYOUT, models.map((model) => model.values));
  await writeFile(dataset.masterPath, MASTER_LAYOUT, masterRows(rows, models, masterRandom));
  return dataset;
}

function* masterRows(rows: number, models: Parameters<typeof masterRowValues>[2], random: Prng): Generator<string[]> {
  let index = 0;
  // The N-number sampler and the row values draw from separate generators so row content
  // does not shift which N-numbers are chosen.
  for (const nNumber of sampleNNumbers(rows, new Prng(`${random.next()}:n-numbers`))) {
    yield masterRowValues(nNumber, index++, models, random);
  }
}
