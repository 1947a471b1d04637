/** Which loader a measured child runs. */
export type LoaderKind = 'baseline' | 'ingester';

/** What a child is told: everything is serialisable, so it travels in an environment variable. */
export interface BulkLoadInput {
  readonly loader: LoaderKind;
  readonly masterPath: string;
  readonly endpoint: string;
  readonly region: string;
  readonly tableNames: { readonly CoreTable: string; readonly JobsTable: string; readonly AuditEventsTable: string };
  readonly concurrency: number;
}

/** What a child reports back over IPC. */
export interface BulkLoadResult {
  readonly loader: LoaderKind;
  /** Aircraft rows written (the baseline) or reported imported (the ingester). */
  readonly rows: number;
  /** First byte read → last write acknowledged; the child's start-up is not included. */
  readonly elapsedMs: number;
  /** `process.resourceUsage().maxRSS` at the end: the peak resident set of the whole child, in KiB. */
  readonly maxRssKib: number;
  /** RSS once every module is loaded, before the load starts (KiB): what the runtime alone costs. */
  readonly rssAtStartKib: number;
}

/** The environment variable carrying a child's {@link BulkLoadInput} as JSON. */
export const BULK_LOAD_INPUT_ENV = 'AIRCRAFTOPS_BENCH_BULK_LOAD';
