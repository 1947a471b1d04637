import type { LambdaStreamRecord } from './lambda-stream-record';

/** A record read from a shard and waiting to be delivered (or skipped, when no filter matched it). */
export interface BufferedRecord {
  readonly record: LambdaStreamRecord;
  readonly sequenceNumber: string;
  /** Epoch seconds (ApproximateCreationDateTime). */
  readonly createdAtSeconds: number;
  /** Bytes this record adds to the invocation payload. */
  readonly payloadBytes: number;
  /** False when filter criteria are set and no pattern matched: skipped and checkpointed past. */
  readonly matched: boolean;
  /** Clock time (ms) it was read, which starts the batching window. */
  readonly readAt: number;
}
