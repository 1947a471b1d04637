import { stat } from 'node:fs/promises';
import path from 'node:path';

import { runtimeHome } from '@aircraftops/local-runtime';
import { generateRegistryDataset, N_NUMBER_COUNT, RegistryError } from '@aircraftops/registry';
import type { Command } from 'commander';

import { CliError } from '../support/cli-error';
import { type CommandIo, processIo } from '../support/command-io';
import { EXIT_USAGE } from '../support/exit-codes';

/** Options of {@link generateDataset}, as the command line gives them (strings are parsed here). */
export interface GenerateDatasetOptions {
  readonly rows: string;
  readonly seed: string;
  readonly out?: string;
  readonly engineRows: string;
  readonly modelRows: string;
}

const parseCount = (value: string, argument: string, max: number): number => {
  const count = /^\d+$/.test(value.replace(/_/g, '')) ? Number(value.replace(/_/g, '')) : Number.NaN;
  if (!Number.isSafeInteger(count) || count < 1 || count > max) {
    throw new CliError(`${argument} "${value}" must be a whole number from 1 to ${max.toLocaleString('en-US')}.`, EXIT_USAGE);
  }
  return count;
};

const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Writes a generated FAA-format dataset (MASTER.txt, ACFTREF.txt, ENGINE.txt) and prints each file with
 * its data-row count and size, then the time taken. Bad counts are usage errors (exit 2) before any write.
 *
 * @example
 * ```ts
 * await generateDataset({ rows: '100000', seed: '42', engineRows: '500', modelRows: '2000' }, processIo);
 * // writes <AIRCRAFTOPS_HOME>/datasets/generated-100000/{MASTER,ACFTREF,ENGINE}.txt
 * ```
 */
export const generateDataset = async (options: GenerateDatasetOptions, io: CommandIo = processIo): Promise<void> => {
  const rows = parseCount(options.rows, '--rows', N_NUMBER_COUNT);
  const engineRows = parseCount(options.engineRows, '--engine-rows', 90_000);
  const modelRows = parseCount(options.modelRows, '--model-rows', 900_000);
  if (options.seed.trim() === '') throw new CliError('--seed must not be empty.', EXIT_USAGE);
  const outDir = path.resolve(options.out ?? path.join(runtimeHome(), 'datasets', `generated-${rows}`));

  const started = performance.now();
  let dataset;
  try {
    dataset = await generateRegistryDataset({ rows, seed: options.seed, outDir, engineRows, modelRows });
  } catch (error) {
    if (RegistryError.is(error)) throw new CliError(error.message, EXIT_USAGE, { cause: error });
    throw error;
  }
  const seconds = (performance.now() - started) / 1000;

  const files = [
    { file: dataset.masterPath, rows: dataset.rows, what: 'aircraft registrations' },
    { file: dataset.acftrefPath, rows: dataset.modelRows, what: 'aircraft models' },
    { file: dataset.enginePath, rows: dataset.engineRows, what: 'engine models' },
  ];
  io.stdout(`Generated FAA registry dataset (seed ${JSON.stringify(options.seed)}) in ${outDir}\n`);
  for (const { file, rows: count, what } of files) {
    const { size } = await stat(file);
    io.stdout(`  ${path.basename(file).padEnd(12)} ${count.toLocaleString('en-US').padStart(9)} rows  ${formatBytes(size).padStart(9)}  ${what}\n`);
  }
  io.stdout(`Done in ${seconds.toFixed(2)} s (${Math.round(rows / seconds).toLocaleString('en-US')} MASTER rows/s).\n`);
};

/**
 * `aircraftops dataset generate --rows N [--seed S] [--out DIR]`.
 *
 * @example
 * ```ts
 * registerDatasetCommands(program);
 * ```
 */
export const registerDatasetCommands = (program: Command): void => {
  const dataset = program.command('dataset').description('Work with FAA registry datasets');
  dataset
    .command('generate')
    .description('Write a synthetic FAA releasable-aircraft dataset (MASTER, ACFTREF, ENGINE) to ingest or benchmark')
    .requiredOption('--rows <n>', `MASTER rows (aircraft), 1 to ${N_NUMBER_COUNT.toLocaleString('en-US')}`)
    .option('--seed <seed>', 'same seed and counts give byte-identical files', '42')
    .option('--out <dir>', 'output folder (default: <AIRCRAFTOPS_HOME or <repo>/.aircraftops>/datasets/generated-<rows>)')
    .option('--engine-rows <n>', 'ENGINE rows (the real file has about 4,800)', '500')
    .option('--model-rows <n>', 'ACFTREF rows (the real file has about 94,000)', '2000')
    .addHelpText(
      'after',
      `
The files follow the FAA "Releasable Aircraft Database" download (registry.faa.gov):
  MASTER.txt   one line per registered aircraft: N-number (without the N), serial, ACFTREF model
               code, ENGINE code, year, registrant type/name/address, certification, dates, Mode S
               code (octal and hex, consistent with the N-number), ...
  ACFTREF.txt  aircraft models keyed by the 7-character code MASTER refers to
  ENGINE.txt   engine models keyed by the 5-character code MASTER and ACFTREF refer to
Each file is UTF-8 with a BOM, CRLF line ends, a header line of column names, fixed-width
space-padded values, comma-separated, and a trailing comma on every line; values are never quoted.
N-numbers are unique and ascending; every model and engine code resolves.

Example:
  $ npx aircraftops dataset generate --rows 100000 --seed 7`,
    )
    .action(async (options: GenerateDatasetOptions) => {
      await generateDataset(options, processIo);
    });
};
