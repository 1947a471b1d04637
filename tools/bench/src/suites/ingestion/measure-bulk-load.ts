import { fork } from 'node:child_process';
import path from 'node:path';

import { ChildRunFailedError } from '../../errors';
import { readRss } from '../../support';
import { BULK_LOAD_INPUT_ENV, type BulkLoadInput, type BulkLoadResult } from './bulk-load';

/** A child's result plus what the parent saw of its memory. */
export interface MeasuredBulkLoad extends BulkLoadResult {
  /** Highest `VmHWM` the parent read from /proc while the child ran (cross-checks `maxRssKib`). */
  readonly sampledPeakKib: number | undefined;
}

const SAMPLE_EVERY_MS = 100;
const OUTPUT_TAIL_LINES = 20;

type ChildMessage = BulkLoadResult | { readonly failure: { readonly name?: string; readonly code?: unknown; readonly message: string } };

/**
 * Forks `bulk-load-child.ts` (with this process's loader flags: the import-only preload and `--import tsx`) to run one
 * loader, samples its RSS while it runs, and resolves with its report. The child is killed if the
 * returned promise's caller registers `kill` as a cleanup and it runs (Ctrl-C).
 *
 * @throws ChildRunFailedError when the child fails or exits without a result (with its output's tail).
 * @example
 * ```ts
 * const { done, kill } = measureBulkLoad({ loader: 'baseline', masterPath, endpoint, region, tableNames, concurrency: 4 });
 * cleanups.defer('child', kill);
 * const result = await done; // { rows: 100000, elapsedMs: 27_512, maxRssKib: 143_360, ... }
 * ```
 */
export const measureBulkLoad = (input: BulkLoadInput): { readonly done: Promise<MeasuredBulkLoad>; readonly kill: () => void } => {
  const child = fork(path.join(__dirname, 'bulk-load-child.ts'), [], {
    env: { ...process.env, [BULK_LOAD_INPUT_ENV]: JSON.stringify(input) },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer): void => {
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - OUTPUT_TAIL_LINES));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  let sampledPeakKib: number | undefined;
  const sample = (): void => {
    const rss = child.pid === undefined ? undefined : readRss(child.pid);
    if (rss) sampledPeakKib = Math.max(sampledPeakKib ?? 0, rss.hwmKib);
  };
  const sampler = setInterval(sample, SAMPLE_EVERY_MS);

  const done = new Promise<MeasuredBulkLoad>((resolve, reject) => {
    let message: ChildMessage | undefined;
    child.on('message', (received) => {
      message = received as ChildMessage;
      sample();
    });
    child.once('error', (error) => {
      clearInterval(sampler);
      reject(new ChildRunFailedError(`${input.loader} child could not start: ${error.message}`, output, { cause: error }));
    });
    child.once('exit', (code, signal) => {
      clearInterval(sampler);
      if (message && 'rows' in message) return resolve({ ...message, sampledPeakKib });
      if (message && 'failure' in message) {
        const { failure } = message;
        return reject(new ChildRunFailedError(`${input.loader} run failed: ${failure.name ?? 'Error'}: ${failure.message}`, output));
      }
      reject(new ChildRunFailedError(`${input.loader} child exited (${signal ?? `code ${code}`}) without a result`, output));
    });
  });
  return { done, kill: () => void (child.exitCode === null && child.signalCode === null && child.kill('SIGKILL')) };
};

