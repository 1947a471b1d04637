import type { _Record as SdkStreamRecord } from '@aws-sdk/client-dynamodb-streams';

import { BatchBuffer, type TakenBatch } from './batch-buffer';
import type { BufferedRecord } from './buffered-record';
import { type CheckpointStore, SHARD_END } from './checkpoint-store';
import { sleep } from './clock';
import { type DeliveryContext, deliverBatch } from './deliver-batch';
import type { FilterMatcher, JsonObject } from './filter-matcher';
import { itemKeyOf } from './item-key';
import { backoffDelay } from './retry-backoff';
import type { ShardPosition } from './shard-position';
import { ShardProgress } from './shard-progress';
import type { StreamsApi } from './streams-api';
import { type LambdaRecordContext, toLambdaStreamRecord } from './to-lambda-stream-record';
import { Wakeup } from './wakeup';

/** GetRecords' maximum. */
const GET_RECORDS_LIMIT = 1000;

export interface ShardWorkerOptions {
  readonly mappingName: string;
  readonly region: string;
  readonly streams: StreamsApi;
  readonly checkpoints: CheckpointStore;
  readonly start: ShardPosition;
  readonly match: FilterMatcher;
  readonly pollIntervalMs: number;
  /** A counter shared by the mapping, to tell polls that started after an `idle()` call. */
  readonly nextTick: () => number;
  readonly delivery: Omit<DeliveryContext, 'commitThrough'>;
  /** Narrow DynamoDB Local's minute-truncated creation time with the read time (see `approximateCreationSeconds`). */
  readonly creationTimeFromReadTime?: boolean;
  /** The batching window in ms, where it differs from the settings' (a local choice); default the settings'. */
  readonly batchingWindowMs?: number;
  /** Recognises the REMOVE records of the runtime's TTL emulation. */
  readonly isTtlRemove?: LambdaRecordContext['isTtlRemove'];
}

/** How a reader's loop ended. */
export type ShardWorkerEnd = 'shard-end' | 'stopped';

const errorName = (error: unknown): string | undefined => (error instanceof Error ? error.name : undefined);


/**
 * Reads one shard in order and feeds its records through batching and delivery. It acquires its iterator
 * from the checkpoint (AFTER_SEQUENCE_NUMBER) or the starting position, re-acquires it when it expires,
 * and on reaching the end of a closed shard commits {@link SHARD_END} so its children can start.
 *
 * Reading runs ahead of delivery (up to a bounded number of records) and polls again at once while a
 * backlog exists; only a caught-up reader waits `pollIntervalMs` between polls, as Lambda does.
 * Up to ParallelizationFactor batches run concurrently; a batch takes the waiting records in shard order
 * except those of items held by a batch in flight (see `BatchBuffer`), so one item's records stay in
 * order while batches stay full. Records no filter matches are finished with as soon as they are read.
 * The checkpoint is the highest sequence number below which every record is finished with.
 * @example
 * const worker = new ShardWorker('shardId-0001', options);
 * const end = await worker.run(); // 'shard-end' | 'stopped'
 */
export class ShardWorker {
  private readonly buffer: BatchBuffer;
  /** Batches in flight: at most ParallelizationFactor. */
  private readonly inFlight = new Set<Promise<void>>();
  /** Items with a record in a batch in flight, with how many such batches. */
  private readonly held = new Map<string, number>();
  private readonly isHeld = (itemKey: string): boolean => this.held.has(itemKey);
  private readonly progress = new ShardProgress();
  private readonly wakeup: Wakeup;
  /** Records read and not yet taken into a batch: polling pauses at this many. */
  private readonly readAheadLimit: number;
  private iterator: string | undefined;
  private shardEnded = false;
  /** Last sequence number read from the shard: where a fresh iterator continues. */
  private readPosition: string | undefined;
  private committed: string | undefined;
  private commits: Promise<void> = Promise.resolve();
  private laneError: { error: unknown } | undefined;
  /** Wall-clock time (ms) before which a caught-up reader does not poll again. */
  private nextPollAt = 0;
  private readErrors = 0;
  private lastPollTick = -1;
  private lastPollWasEmpty = false;
  private finished = false;

  constructor(
    readonly shardId: string,
    private readonly options: ShardWorkerOptions,
  ) {
    const { settings } = options.delivery;
    const limits = { batchSize: settings.batchSize, batchingWindowMs: options.batchingWindowMs ?? settings.maximumBatchingWindowInSeconds * 1000 };
    this.buffer = new BatchBuffer(limits);
    this.readAheadLimit = Math.max(GET_RECORDS_LIMIT, settings.batchSize * settings.parallelizationFactor);
    this.wakeup = new Wakeup(options.delivery.signal);
    if (options.start.type === 'AFTER_SEQUENCE_NUMBER') this.committed = options.start.sequenceNumber;
  }

  /**
   * True when this reader has nothing left to do as of tick `since`: its shard is finished, or a poll
   * started after `since` found nothing and no record is waiting or in flight.
   */
  isCaughtUpSince(since: number): boolean {
    if (this.finished) return true;
    return this.lastPollWasEmpty && this.lastPollTick > since && this.buffered() === 0 && !this.busy();
  }

  /**
   * Acquires the first iterator now, so a LATEST reader sees every record written after this resolves
   * (not only those written after its first poll).
   */
  async prepare(): Promise<void> {
    if (this.iterator !== undefined || this.shardEnded) return;
    this.iterator = await this.acquireIterator(this.positionToRead());
    if (this.iterator === undefined) this.shardEnded = true;
  }

  async run(): Promise<ShardWorkerEnd> {
    try {
      return await this.loop();
    } finally {
      // A stop lets every batch in flight finish (and commit) before the reader counts as stopped.
      await this.settleLanes();
      this.finished = true;
    }
  }

  private get signal(): AbortSignal {
    return this.options.delivery.signal;
  }

  private buffered(): number {
    return this.buffer.size;
  }

  private busy(): boolean {
    return this.inFlight.size > 0;
  }

  private async settleLanes(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
    await this.commits.catch(() => undefined);
  }

  private async loop(): Promise<ShardWorkerEnd> {
    let consecutiveErrors = 0;
    while (!this.signal.aborted) {
      try {
        if ((await this.step()) === 'shard-end') return 'shard-end';
        consecutiveErrors = 0;
      } catch (error) {
        consecutiveErrors += 1;
        // A batch could not be settled (e.g. the checkpoint store failed): re-read from the last commit,
        // so what was buffered or in flight is read again and nothing committed is repeated.
        this.options.delivery.logger.error('Shard reader failed; re-reading from the last checkpoint', {
          shardId: this.shardId,
          error: String(error),
          attempt: consecutiveErrors,
        });
        await this.resetToCheckpoint();
        await sleep(backoffDelay(consecutiveErrors, this.options.delivery.backoff), this.signal);
      }
    }
    return 'stopped';
  }

  private async step(): Promise<'continue' | 'shard-end'> {
    if (this.laneError) throw this.laneError.error;
    this.dispatch();
    if (this.shardEnded) {
      if (this.buffered() > 0 || this.busy()) {
        await this.wakeup.wait(Number.POSITIVE_INFINITY);
        return 'continue';
      }
      await this.commit(SHARD_END, undefined);
      this.options.delivery.stats.shardsCompleted += 1;
      return 'shard-end';
    }
    const untilPoll = this.nextPollAt - Date.now();
    if (untilPoll <= 0 && this.buffered() < this.readAheadLimit) {
      await this.pollOrBackOff();
      return 'continue';
    }
    // The read-ahead is full (wait for a lane) or the reader is caught up (wait for the next poll).
    // Waits are capped at the poll interval so a batching window on an injected clock is re-checked.
    const window = this.windowRemainingMs();
    const cap = untilPoll > 0 ? untilPoll : this.options.pollIntervalMs;
    await this.wakeup.wait(Math.min(cap, window ?? Number.POSITIVE_INFINITY));
    return 'continue';
  }

  /**
   * Records were waiting, so more may be: read on at once. Caught up: poll again after the interval. A
   * failed read continues after the last record read (with a fresh iterator), so the batches in flight
   * on other lanes are not disturbed and nothing is read twice.
   */
  private async pollOrBackOff(): Promise<void> {
    try {
      const found = await this.poll();
      this.readErrors = 0;
      if (found === 0) this.nextPollAt = Date.now() + this.options.pollIntervalMs;
    } catch (error) {
      this.readErrors += 1;
      this.options.delivery.logger.error('Reading the shard failed; retrying after the last record read', {
        shardId: this.shardId,
        error: String(error),
        attempt: this.readErrors,
      });
      this.iterator = undefined;
      this.nextPollAt = Date.now() + backoffDelay(this.readErrors, this.options.delivery.backoff);
    }
  }

  /** When the next batch's window expires, if a batch could start now. */
  private windowRemainingMs(): number | undefined {
    if (this.inFlight.size >= this.options.delivery.settings.parallelizationFactor) return undefined;
    return this.buffer.windowRemainingMs(this.options.delivery.clock.now(), this.isHeld);
  }

  /** Starts batches while fewer than ParallelizationFactor are in flight and one is due. */
  private dispatch(): void {
    if (this.signal.aborted) return;
    const now = this.options.delivery.clock.now();
    const lanes = this.options.delivery.settings.parallelizationFactor;
    while (this.inFlight.size < lanes && this.buffer.isReady(now, this.shardEnded, this.isHeld)) {
      const batch = this.buffer.take(this.isHeld, now);
      const keys = batch.records.map((entry) => entry.itemKey);
      for (const key of keys) this.held.set(key, (this.held.get(key) ?? 0) + 1);
      const run: Promise<void> = this.deliver(batch)
        .catch((error: unknown) => {
          this.laneError ??= { error };
        })
        .finally(() => {
          for (const key of keys) {
            const count = (this.held.get(key) ?? 1) - 1;
            if (count > 0) this.held.set(key, count);
            else this.held.delete(key);
          }
          this.inFlight.delete(run);
          this.wakeup.notify();
        });
      this.inFlight.add(run);
    }
  }

  private async deliver(batch: TakenBatch): Promise<void> {
    const result = await deliverBatch(batch.records, {
      ...this.options.delivery,
      commitThrough: (record) => this.finishThrough(record, batch),
    });
    if (result === 'stopped') return;
    await this.finish(batch.records, undefined);
  }

  /** Every record of the batch up to and including `record` is finished with. */
  private finishThrough(record: BufferedRecord, batch: TakenBatch): Promise<void> {
    const through = batch.records.indexOf(record) + 1;
    return this.finish(batch.records.slice(0, through), record.createdAtSeconds);
  }

  private async finish(records: readonly BufferedRecord[], createdAtSeconds: number | undefined): Promise<void> {
    this.progress.finish(records.map((entry) => entry.sequenceNumber));
    const checkpoint = this.progress.advance();
    if (checkpoint === undefined) return;
    await this.commit(checkpoint, createdAtSeconds);
  }

  /** Commits are chained: lanes finish concurrently, and a later checkpoint must never be overwritten by an earlier one. */
  private commit(sequenceNumber: string, createdAtSeconds: number | undefined): Promise<void> {
    const write = this.commits.then(async () => {
      await this.options.checkpoints.set(this.options.mappingName, this.shardId, sequenceNumber);
      if (sequenceNumber !== SHARD_END) this.committed = sequenceNumber;
    });
    this.commits = write.catch(() => undefined);
    if (createdAtSeconds !== undefined) {
      const { stats, clock } = this.options.delivery;
      void write.then(() => {
        stats.iteratorAgeMs = Math.max(0, clock.now() - createdAtSeconds * 1000);
      }, () => undefined);
    }
    return write;
  }

  private async resetToCheckpoint(): Promise<void> {
    await this.settleLanes();
    this.laneError = undefined;
    this.buffer.clear();
    this.held.clear();
    this.progress.clear();
    this.iterator = undefined;
    this.shardEnded = false;
    this.readPosition = this.committed;
  }

  private positionToRead(): ShardPosition {
    return this.readPosition !== undefined
      ? { type: 'AFTER_SEQUENCE_NUMBER', sequenceNumber: this.readPosition }
      : this.options.start;
  }

  private async acquireIterator(position: ShardPosition): Promise<string | undefined> {
    const { streams, delivery } = this.options;
    try {
      const { ShardIterator } = await streams.getShardIterator({
        StreamArn: delivery.streamArn,
        ShardId: this.shardId,
        ShardIteratorType: position.type,
        ...(position.type === 'AFTER_SEQUENCE_NUMBER' ? { SequenceNumber: position.sequenceNumber } : {}),
      });
      return ShardIterator;
    } catch (error) {
      if (errorName(error) !== 'TrimmedDataAccessException' || position.type === 'TRIM_HORIZON') throw error;
      // The checkpoint is older than the stream's retention: those records are gone, as on AWS.
      delivery.logger.warn('Checkpoint is beyond the stream retention; continuing from TRIM_HORIZON', {
        shardId: this.shardId,
        position,
      });
      return this.acquireIterator({ type: 'TRIM_HORIZON' });
    }
  }

  /** One GetRecords call; returns how many records it read. */
  private async poll(): Promise<number> {
    if (this.iterator === undefined) {
      this.iterator = await this.acquireIterator(this.positionToRead());
      if (this.iterator === undefined) {
        this.shardEnded = true;
        return 0;
      }
    }
    const tick = this.options.nextTick();
    let output;
    try {
      output = await this.options.streams.getRecords({ ShardIterator: this.iterator, Limit: GET_RECORDS_LIMIT });
    } catch (error) {
      if (errorName(error) !== 'ExpiredIteratorException') throw error;
      this.options.delivery.logger.debug('Shard iterator expired; acquiring a new one', { shardId: this.shardId });
      this.iterator = undefined;
      return 0;
    }
    const records = output.Records ?? [];
    const matched: BufferedRecord[] = [];
    const filteredOut: BufferedRecord[] = [];
    for (const record of records) {
      const entry = this.toBuffered(record);
      this.progress.add([entry.sequenceNumber]);
      (entry.matched ? matched : filteredOut).push(entry);
    }
    this.buffer.push(matched);
    const last = records[records.length - 1]?.dynamodb?.SequenceNumber;
    if (last !== undefined) this.readPosition = last;
    this.iterator = output.NextShardIterator ?? undefined;
    if (this.iterator === undefined) this.shardEnded = true;
    this.lastPollTick = tick;
    this.lastPollWasEmpty = records.length === 0;
    if (filteredOut.length > 0) {
      // Filtered out: finished with now; the checkpoint passes them once every earlier record is finished.
      this.options.delivery.stats.recordsFilteredOut += filteredOut.length;
      await this.finish(filteredOut, undefined);
    }
    return records.length;
  }

  private toBuffered(sdkRecord: SdkStreamRecord): BufferedRecord & { readonly matched: boolean } {
    const { delivery, region, match } = this.options;
    const readAt = delivery.clock.now();
    const record = toLambdaStreamRecord(sdkRecord, {
      region,
      streamArn: delivery.eventSourceArn,
      readAtMs: this.options.creationTimeFromReadTime ? readAt : undefined,
      isTtlRemove: this.options.isTtlRemove,
    });
    const patterns = delivery.settings.filterPatterns;
    const matched = !patterns || patterns.length === 0 || patterns.some((pattern) => match(pattern, record as unknown as JsonObject));
    return {
      record,
      sequenceNumber: record.dynamodb.SequenceNumber,
      itemKey: itemKeyOf(record),
      createdAtSeconds: record.dynamodb.ApproximateCreationDateTime,
      payloadBytes: Buffer.byteLength(JSON.stringify(record)),
      matched,
      readAt,
    };
  }
}
