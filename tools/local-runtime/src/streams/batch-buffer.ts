import type { BufferedRecord } from './buffered-record';

/** Lambda's synchronous invocation payload limit, which caps a stream batch (esm-semantics.md §2.2). */
export const MAX_BATCH_PAYLOAD_BYTES = 6 * 1024 * 1024;
/** `{"Records":[` + `]}` */
const ENVELOPE_BYTES = 14;

/** Records taken off the buffer together, in shard order. */
export interface TakenBatch {
  readonly records: readonly BufferedRecord[];
}

export interface BatchLimits {
  readonly batchSize: number;
  readonly batchingWindowMs: number;
  readonly maxPayloadBytes?: number;
}

/** Whether an item (its `itemKey`) has a record in a batch in flight. */
export type IsHeld = (itemKey: string) => boolean;

interface Candidates {
  readonly records: BufferedRecord[];
  readonly bytes: number;
  /** The batch cannot grow: BatchSize or the payload limit is reached. */
  readonly full: boolean;
}

/**
 * The matching records read from one shard and not yet in a batch, and the rule for when they form one
 * (ParallelizationFactor: up to N batches of a shard in flight). A batch takes records in shard order,
 * skipping every record of an item that is held (in a batch in flight) or that has an earlier record
 * left behind — so one item's records are never processed concurrently or out of order, while every
 * other item's records fill the batch. A batch is due when it is full (BatchSize or 6 MB), when its
 * batching window has expired (opened by its first record's read, or by the previous take if later), or
 * at shard end.
 * Batches are as full as the shard allows, whatever N is: lanes share one buffer.
 * @example
 * const buffer = new BatchBuffer({ batchSize: 100, batchingWindowMs: 0 });
 * buffer.push(records);
 * if (buffer.isReady(clock.now(), false, isHeld)) deliver(buffer.take(isHeld));
 */
export class BatchBuffer {
  private entries: BufferedRecord[] = [];
  private readonly maxPayloadBytes: number;
  /** When the last batch was taken: the next batch's window starts no earlier (Lambda gathers one batch at a time). */
  private gatheringSince = Number.NEGATIVE_INFINITY;

  constructor(private readonly limits: BatchLimits) {
    this.maxPayloadBytes = limits.maxPayloadBytes ?? MAX_BATCH_PAYLOAD_BYTES;
  }

  get size(): number {
    return this.entries.length;
  }

  push(records: readonly BufferedRecord[]): void {
    for (const record of records) this.entries.push(record);
  }

  /** Drops everything, e.g. before re-reading the shard from the last checkpoint. */
  clear(): void {
    this.entries = [];
    this.gatheringSince = Number.NEGATIVE_INFINITY;
  }

  /** Milliseconds until the window of the next batch expires (0 when due); undefined when nothing can be taken. */
  windowRemainingMs(now: number, isHeld: IsHeld = () => false): number | undefined {
    const first = this.candidates(isHeld).records[0];
    return first ? Math.max(0, this.windowStart(first) + this.limits.batchingWindowMs - now) : undefined;
  }

  /** Whether a batch should be taken now. */
  isReady(now: number, shardEnded: boolean, isHeld: IsHeld = () => false): boolean {
    const next = this.candidates(isHeld);
    const first = next.records[0];
    if (!first) return false;
    return next.full || shardEnded || this.windowStart(first) + this.limits.batchingWindowMs <= now;
  }

  /**
   * A batch's window opens when its first record is read, or when the previous batch was taken if that
   * is later: records left over from a full batch wait for their own window to fill the next one, as
   * Lambda's poller gathers one batch after another, instead of going out at once as a small batch.
   */
  private windowStart(first: BufferedRecord): number {
    return Math.max(first.readAt, this.gatheringSince);
  }

  /** Takes the next batch at `now`. Only call when {@link isReady} says so. */
  take(isHeld: IsHeld = () => false, now = Number.NEGATIVE_INFINITY): TakenBatch {
    const { records } = this.candidates(isHeld);
    if (records.length === 0) throw new Error('BatchBuffer.take() found no record to take');
    this.gatheringSince = now;
    const taken = new Set(records);
    this.entries = this.entries.filter((entry) => !taken.has(entry));
    return { records };
  }

  private candidates(isHeld: IsHeld): Candidates {
    const records: BufferedRecord[] = [];
    const skipped = new Set<string>();
    let bytes = ENVELOPE_BYTES;
    for (const entry of this.entries) {
      if (records.length >= this.limits.batchSize) return { records, bytes, full: true };
      if (skipped.has(entry.itemKey) || isHeld(entry.itemKey)) {
        // Its item is busy: this record and every later one of the item wait, in order.
        skipped.add(entry.itemKey);
        continue;
      }
      if (records.length > 0 && bytes + entry.payloadBytes + 1 > this.maxPayloadBytes) return { records, bytes, full: true };
      records.push(entry);
      bytes += entry.payloadBytes + 1;
    }
    return { records, bytes, full: records.length >= this.limits.batchSize || bytes >= this.maxPayloadBytes };
  }
}
