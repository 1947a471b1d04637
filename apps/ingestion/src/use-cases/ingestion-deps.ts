import type { CoreDeltaWriter, DatasetStore, JobStore, ReferenceStore } from './ports';

/**
 * The ports every use case takes (wired from env in `src/wiring.ts`; tests pass their own).
 * @example
 * await runJob(deps, jobId);
 */
export interface IngestionDeps {
  readonly jobs: JobStore;
  readonly writer: CoreDeltaWriter;
  readonly references: ReferenceStore;
  readonly datasets: DatasetStore;
  /** Milliseconds since the epoch; injectable for tests. */
  readonly now?: () => number;
}
