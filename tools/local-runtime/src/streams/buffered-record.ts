import type { LambdaStreamRecord } from './lambda-stream-record';

/** A matching record read from a shard and waiting to be delivered. */
export interface BufferedRecord {
  readonly record: LambdaStreamRecord;
  readonly sequenceNumber: string;
  /** The item's key (`itemKeyOf`): records of one item are never in two batches in flight. */
  readonly itemKey: string;
  /** Epoch seconds (ApproximateCreationDateTime). */
  readonly createdAtSeconds: number;
  /** Bytes this record adds to the invocation payload. */
  readonly payloadBytes: number;
  /** Clock time (ms) it was read, which starts the batching window. */
  readonly readAt: number;
}
