import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import { generateTemporaryDataset } from '../../dataset';
import { buildFleet } from './build-fleet';
import { queryMix } from './query-mix';

const run = promisify(execFile);

/** One engine's figures, as `candidate-child.ts` prints them. */
export type EngineFigures = Record<string, unknown> & { engine: string };

/** Engines compared, in the order they run (each in a fresh process). */
export const ENGINES = (process.env['SEARCH_ENGINES']?.split(',') ?? ['minisearch', 'flexsearch', 'orama']) as readonly string[];

/**
 * Generates a fleet of `rows` aircraft (the FAA generator + reference data), writes it and a query mix
 * to a temporary folder, and runs every candidate engine on it in its own process (`--expose-gc`, so
 * resident memory is measured per engine).
 * @example
 * const figures = await compareEngines(100_000, (line) => console.error(line));
 */
export const compareEngines = async (rows: number, progress: (line: string) => void): Promise<EngineFigures[]> => {
  const dataset = await generateTemporaryDataset(rows, 'search-comparison');
  try {
    const fleet = await buildFleet(dataset);
    const fleetPath = path.join(dataset.dir, 'fleet.json');
    const queriesPath = path.join(dataset.dir, 'queries.json');
    writeFileSync(fleetPath, JSON.stringify(fleet));
    writeFileSync(queriesPath, JSON.stringify(queryMix(fleet, 100)));
    const figures: EngineFigures[] = [];
    for (const engine of ENGINES) {
      progress(`search: indexing ${fleet.length} aircraft with ${engine}`);
      const { stdout } = await run(
        process.execPath,
        ['--expose-gc', '--max-old-space-size=4096', '--require', path.resolve(__dirname, '../../../../node/import-only-packages.cjs'), '--import', 'tsx', path.join(__dirname, 'candidate-child.ts'), engine, fleetPath, queriesPath],
        { maxBuffer: 16 * 1024 * 1024 },
      );
      figures.push(JSON.parse(stdout) as EngineFigures);
    }
    return figures;
  } finally {
    await dataset.remove();
  }
};

if (require.main === module) {
  const rows = Number(process.argv[2] ?? 100_000);
  compareEngines(rows, (line) => process.stderr.write(`${line}\n`))
    .then((figures) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    });
}
