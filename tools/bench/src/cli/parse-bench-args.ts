import { parseArgs } from 'node:util';

import { BenchUsageError } from '../errors';
import { type BenchOptions, DEFAULT_OPTIONS, DEFAULT_SUITES, SUITE_NAMES, type SuiteName } from './bench-options';

/** The generator's upper bound: every US N-number. */
const MAX_ROWS = 915_399;

const isSuiteName = (name: string): name is SuiteName => (SUITE_NAMES as readonly string[]).includes(name);

const wholeNumber = (value: string | undefined, argument: string, fallback: number, min: number, max: number): number => {
  if (value === undefined) return fallback;
  const digits = value.replace(/_/g, '');
  const number = /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new BenchUsageError(`${argument} "${value}" must be a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}.`);
  }
  return number;
};

/**
 * Parses `npm run bench -- [suite…] [options]` (no suite = all). Unknown suites and options and
 * out-of-range numbers throw {@link BenchUsageError} naming the argument; nothing is ignored.
 *
 * @example
 * ```ts
 * parseBenchArgs(['ingestion', '--rows', '25000', '--json']);
 * // { suites: ['ingestion'], rows: 25000, json: true, concurrency: 4, ... }
 * ```
 */
export const parseBenchArgs = (argv: readonly string[]): BenchOptions => {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        rows: { type: 'string' },
        'rss-rows': { type: 'string' },
        runs: { type: 'string' },
        concurrency: { type: 'string' },
        changes: { type: 'string' },
        'drain-timeout': { type: 'string' },
        'chaos-rate': { type: 'string' },
        seed: { type: 'string' },
      },
    });
  } catch (error) {
    throw new BenchUsageError(`${(error as Error).message} (see --help).`, { cause: error });
  }
  const { values, positionals } = parsed;
  const unknown = positionals.filter((name) => !isSuiteName(name));
  if (unknown.length > 0) {
    throw new BenchUsageError(`unknown suite ${unknown.map((name) => `"${name}"`).join(', ')}: choose from ${SUITE_NAMES.join(', ')}.`);
  }
  const named = new Set(positionals.filter(isSuiteName));
  const rssRows =
    values['rss-rows'] === undefined
      ? DEFAULT_OPTIONS.rssRows
      : values['rss-rows'].split(',').map((part) => wholeNumber(part.trim(), '--rss-rows', 0, 1, MAX_ROWS));
  if (values.seed !== undefined && values.seed.trim() === '') throw new BenchUsageError('--seed must not be empty.');

  return {
    suites: named.size === 0 ? [...DEFAULT_SUITES] : SUITE_NAMES.filter((name) => named.has(name)),
    json: values.json ?? false,
    help: values.help ?? false,
    rows: wholeNumber(values.rows, '--rows', DEFAULT_OPTIONS.rows, 1, MAX_ROWS),
    rssRows,
    runs: wholeNumber(values.runs, '--runs', DEFAULT_OPTIONS.runs, 1, 20),
    concurrency: wholeNumber(values.concurrency, '--concurrency', DEFAULT_OPTIONS.concurrency, 1, 64),
    changes: wholeNumber(values.changes, '--changes', DEFAULT_OPTIONS.changes, 1, MAX_ROWS),
    drainTimeoutSeconds: wholeNumber(values['drain-timeout'], '--drain-timeout', DEFAULT_OPTIONS.drainTimeoutSeconds, 1, 3600),
    chaosRate: wholeNumber(values['chaos-rate'], '--chaos-rate', DEFAULT_OPTIONS.chaosRate * 100, 0, 100) / 100,
    seed: values.seed ?? DEFAULT_OPTIONS.seed,
  };
};

/** `npm run bench -- --help`. */
export const BENCH_USAGE = `usage: npm run bench -- [suite…] [options]

suites (default: ${DEFAULT_SUITES.join(', ')}; in this order): ${SUITE_NAMES.join(', ')}
  ingestion   generated MASTER → CoreTable: ingester rows/s vs a raw BatchWriteItem loop, peak RSS
  bridge      Aircraft changes → stream-bridge → local EventBridge: events per PutEvents,
              records/s, write → consumer latency p50/p99
  bundles     every declared function bundled as deployed (esbuild, minified ESM, node22): KB with
              the AWS SDK external and bundled, import time against an SDK-only baseline
  chaos       Aircraft changes → audit trail twice: clean (write → audit record p50/p99, recorder
              drain rate), then under injected faults (lost and duplicate audit records); only when named

options:
  --json                 print the report as JSON on stdout (progress still goes to stderr)
  --rows <n>             ingestion: MASTER rows (default ${DEFAULT_OPTIONS.rows})
  --rss-rows <n,n,…>     ingestion: row counts of the peak-RSS child runs (default ${DEFAULT_OPTIONS.rssRows.join(',')})
  --runs <n>             ingestion: baseline/ingester pairs, order alternating; medians reported (default ${DEFAULT_OPTIONS.runs})
  --concurrency <n>      BatchWriteItem calls in flight, both suites (default ${DEFAULT_OPTIONS.concurrency})
  --changes <n>          bridge: Aircraft item changes written (default ${DEFAULT_OPTIONS.changes})
  --drain-timeout <s>    bridge, chaos: wait this long for the last event (default ${DEFAULT_OPTIONS.drainTimeoutSeconds}; chaos adds retries)
  --chaos-rate <percent> chaos: rate of each injected fault, 0–100 (default ${DEFAULT_OPTIONS.chaosRate * 100})
  --seed <s>             dataset seed (default ${DEFAULT_OPTIONS.seed})
  -h, --help             this text`;
