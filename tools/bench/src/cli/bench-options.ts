/** The suites `npm run bench` knows, in the order they run. */
export const SUITE_NAMES = ['ingestion', 'bridge', 'bundles', 'chaos'] as const;
export type SuiteName = (typeof SUITE_NAMES)[number];

/** The suites that run when none is named: `chaos` waits out real visibility timeouts, so it runs only when asked. */
export const DEFAULT_SUITES: readonly SuiteName[] = ['ingestion', 'bridge', 'bundles'];

/** Everything a run is parameterised by; printed with the figures. */
export interface BenchOptions {
  readonly suites: readonly SuiteName[];
  readonly json: boolean;
  readonly help: boolean;
  /** ingestion: MASTER rows for the throughput comparison. */
  readonly rows: number;
  /** ingestion: row counts of the child-process RSS runs (two or more show whether memory is flat). */
  readonly rssRows: readonly number[];
  /** ingestion: baseline/ingester pairs, alternating which goes first; the median of each side is reported. */
  readonly runs: number;
  /** BatchWriteItem calls in flight: the ingestion baseline's, the ingester's (chunks in flight × 4), the bridge writer's. */
  readonly concurrency: number;
  /** bridge, chaos: Aircraft item changes written. */
  readonly changes: number;
  /** bridge, chaos: how long to wait for the last event (chaos adds what retries can take). */
  readonly drainTimeoutSeconds: number;
  /** chaos: rate of each injected fault (0–1). */
  readonly chaosRate: number;
  readonly seed: string;
}

export const DEFAULT_OPTIONS: Omit<BenchOptions, 'suites' | 'json' | 'help'> = {
  rows: 100_000,
  rssRows: [25_000, 100_000],
  runs: 2,
  concurrency: 8,
  changes: 10_000,
  drainTimeoutSeconds: 180,
  chaosRate: 0.1,
  seed: '42',
};
