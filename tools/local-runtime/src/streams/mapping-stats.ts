/** Counters a mapping keeps; read them with `mapping.stats()`. */
export interface StreamMappingStats {
  /** Calls to the function. */
  invocations: number;
  /** Invocations that threw or whose response failed (part of) the batch. */
  failedInvocations: number;
  /** Batches that completed successfully (a bisected batch counts each successful part). */
  batchesSucceeded: number;
  /** Records passed to the function, re-deliveries included. */
  recordsDelivered: number;
  /** Records the function has finished with successfully (committed). */
  recordsSucceeded: number;
  /** Records that matched no filter pattern and were skipped. */
  recordsFilteredOut: number;
  /** Records given up on and reported to the on-failure destination. */
  recordsDiscarded: number;
  /** On-failure records sent. */
  onFailureRecords: number;
  /** Like Lambda's IteratorAge metric: now − creation time of the last record finished with, in ms. */
  iteratorAgeMs: number | undefined;
  /** Shards read to their end. */
  shardsCompleted: number;
}

/** A zeroed stats object. */
export const emptyStats = (): StreamMappingStats => ({
  invocations: 0,
  failedInvocations: 0,
  batchesSucceeded: 0,
  recordsDelivered: 0,
  recordsSucceeded: 0,
  recordsFilteredOut: 0,
  recordsDiscarded: 0,
  onFailureRecords: 0,
  iteratorAgeMs: undefined,
  shardsCompleted: 0,
});
