import type { BufferedRecord } from './buffered-record';

/** Lambda's synchronous invocation payload limit, which caps a stream batch (esm-semantics.md §2.2). */
export const MAX_BATCH_PAYLOAD_BYTES = 6 * 1024 * 1024;
/** `{"Records":[` + `]}` */
const ENVELOPE_BYTES = 14;

/** Records taken off the buffer together: the ones to deliver, and how far the batch reaches. */
export interface TakenBatch {
  /** Matching records to deliver, in shard order; may be empty when every record taken was filtered out. */
  readonly records: readonly BufferedRecord[];
  /** Sequence number of the last record taken, matched or not: the checkpoint once the batch is done. */
  readonly lastSequenceNumber: string;
  readonly filteredOut: number;
  /** Every record taken, matched or not, in shard order: what the batch finishes with once it is done. */
  readonly taken: readonly BufferedRecord[];
}

export interface BatchLimits {
  readonly batchSize: number;
  readonly batchingWindowMs: number;
  readonly maxPayloadBytes?: number;
}

/**
 * The records read from one shard and not yet delivered, and the rule for when they form a batch:
 * the batch is full, the payload limit is reached, the batching window (counted from the first
 * matching record read) has expired, or the shard has ended. Records no filter matched never wait:
 * they are taken with the next batch, or on their own when nothing else is buffered.
 * @example
 * const buffer = new BatchBuffer({ batchSize: 100, batchingWindowMs: 0 });
 * buffer.push(records);
 * if (buffer.isReady(clock.now(), false)) deliver(buffer.take());
 */
export class BatchBuffer {
  private readonly entries: BufferedRecord[] = [];
  private matchedCount = 0;
  private matchedBytes = 0;
  private readonly maxPayloadBytes: number;

  constructor(private readonly limits: BatchLimits) {
    this.maxPayloadBytes = limits.maxPayloadBytes ?? MAX_BATCH_PAYLOAD_BYTES;
  }

  get size(): number {
    return this.entries.length;
  }

  push(records: readonly BufferedRecord[]): void {
    for (const record of records) {
      this.entries.push(record);
      if (record.matched) {
        this.matchedCount += 1;
        this.matchedBytes += record.payloadBytes + 1;
      }
    }
  }

  /** Drops everything, e.g. before re-reading the shard from the last checkpoint. */
  clear(): void {
    this.entries.length = 0;
    this.matchedCount = 0;
    this.matchedBytes = 0;
  }

  /** Milliseconds until the batching window of the buffered records expires (0 when already due). */
  windowRemainingMs(now: number): number | undefined {
    const first = this.entries.find((entry) => entry.matched);
    if (!first) return undefined;
    return Math.max(0, first.readAt + this.limits.batchingWindowMs - now);
  }

  /** Whether a batch should be taken now. */
  isReady(now: number, shardEnded: boolean): boolean {
    if (this.entries.length === 0) return false;
    if (this.matchedCount === 0 || shardEnded) return true;
    if (this.matchedCount >= this.limits.batchSize) return true;
    if (this.matchedBytes + ENVELOPE_BYTES >= this.maxPayloadBytes) return true;
    return (this.windowRemainingMs(now) ?? 0) === 0;
  }

  /** Takes the next batch off the front. Only call when {@link isReady} says so. */
  take(): TakenBatch {
    const records: BufferedRecord[] = [];
    let bytes = ENVELOPE_BYTES;
    let taken = 0;
    let filteredOut = 0;
    for (const entry of this.entries) {
      if (entry.matched) {
        const full = records.length >= this.limits.batchSize;
        const overflows = records.length > 0 && bytes + entry.payloadBytes + 1 > this.maxPayloadBytes;
        if (full || overflows) break;
        records.push(entry);
        bytes += entry.payloadBytes + 1;
        this.matchedCount -= 1;
        this.matchedBytes -= entry.payloadBytes + 1;
      } else {
        filteredOut += 1;
      }
      taken += 1;
    }
    const last = this.entries[taken - 1];
    if (!last) throw new Error('BatchBuffer.take() called on an empty buffer');
    const takenEntries = this.entries.splice(0, taken);
    return { records, lastSequenceNumber: last.sequenceNumber, filteredOut, taken: takenEntries };
  }
}
