import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import { median } from '../../stats';

const run = promisify(execFile);

// Timed inside the child, so process start-up is left out; a fresh process per run so no module cache helps.
const PROBE = `const started = performance.now(); await import(process.argv[1]); process.stdout.write(String(performance.now() - started));`;

/** One module to import, with the environment its module-scope code expects. */
export interface ImportSubject {
  readonly file: string;
  readonly env: Readonly<Record<string, string>>;
}

/** The medians of a module's and its baseline's import times, and the median of their per-pair ratios. */
export interface ImportComparison {
  readonly ms: number;
  readonly baselineMs: number;
  readonly ratio: number;
}

const importMs = async ({ file, env }: ImportSubject): Promise<number> => {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', PROBE, pathToFileURL(file).href], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    timeout: 60_000,
  });
  return Number(stdout);
};

/**
 * How long a fresh `node` takes to import (and so evaluate) `subject` compared with `baseline`:
 * `pairs` pairs of child processes, the order alternating within each pair so a busy moment of the
 * machine hits both sides alike; the ratio is the median of the per-pair ratios.
 *
 * @example
 * await compareImports({ file: handler, env }, { file: baseline, env: {} }, 5); // { ms: 61.2, baselineMs: 48.0, ratio: 1.27 }
 */
export const compareImports = async (subject: ImportSubject, baseline: ImportSubject, pairs: number): Promise<ImportComparison> => {
  const subjectTimes: number[] = [];
  const baselineTimes: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const [first, second] = i % 2 === 0 ? [subject, baseline] : [baseline, subject];
    const a = await importMs(first);
    const b = await importMs(second);
    const [s, base] = i % 2 === 0 ? [a, b] : [b, a];
    subjectTimes.push(s);
    baselineTimes.push(base);
    ratios.push(s / base);
  }
  return { ms: median(subjectTimes) as number, baselineMs: median(baselineTimes) as number, ratio: median(ratios) as number };
};
