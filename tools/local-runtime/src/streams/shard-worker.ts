import type { _Record as SdkStreamRecord } from '@aws-sdk/client-dynamodb-streams';

import { BatchBuffer, type TakenBatch } from './batch-buffer';
import type { BufferedRecord } from './buffered-record';
import { type CheckpointStore, SHARD_END } from './checkpoint-store';
import { sleep } from './clock';
import { type DeliveryContext, deliverBatch } from './deliver-batch';
import type { FilterMatcher, JsonObject } from './filter-matcher';
import { backoffDelay } from './retry-backoff';
import type { ShardPosition } from './shard-position';
import type { StreamsApi } from './streams-api';
import { toLambdaStreamRecord } from './to-lambda-stream-record';

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
}

/** How a reader's loop ended. */
export type ShardWorkerEnd = 'shard-end' | 'stopped';

const errorName = (error: unknown): string | undefined => (error instanceof Error ? error.name : undefined);

/**
 * Reads one shard in order and feeds its records through batching and delivery, one batch at a time.
 * It acquires its iterator from the checkpoint (AFTER_SEQUENCE_NUMBER) or the starting position,
 * re-acquires it when it expires, polls every `pollIntervalMs` while caught up, and on reaching the
 * end of a closed shard commits {@link SHARD_END} so its children can start.
 * @example
 * const worker = new ShardWorker('shardId-0001', options);
 * const end = await worker.run(); // 'shard-end' | 'stopped'
 */
export class ShardWorker {
  private readonly buffer: BatchBuffer;
  private iterator: string | undefined;
  private shardEnded = false;
  /** Last sequence number read from the shard: where a fresh iterator continues. */
  private readPosition: string | undefined;
  private committed: string | undefined;
  private currentBatch: TakenBatch | undefined;
  private lastPollTick = -1;
  private lastPollWasEmpty = false;
  private finished = false;

  constructor(
    readonly shardId: string,
    private readonly options: ShardWorkerOptions,
  ) {
    const { settings } = options.delivery;
    this.buffer = new BatchBuffer({
      batchSize: settings.batchSize,
      batchingWindowMs: settings.maximumBatchingWindowInSeconds * 1000,
    });
    if (options.start.type === 'AFTER_SEQUENCE_NUMBER') this.committed = options.start.sequenceNumber;
  }

  /**
   * True when this reader has nothing left to do as of tick `since`: its shard is finished, or a poll
   * started after `since` found nothing and no record is waiting or in flight.
   */
  isCaughtUpSince(since: number): boolean {
    if (this.finished) return true;
    return this.lastPollWasEmpty && this.lastPollTick > since && this.buffer.size === 0 && !this.currentBatch;
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
      this.finished = true;
    }
  }

  private get signal(): AbortSignal {
    return this.options.delivery.signal;
  }

  private async loop(): Promise<ShardWorkerEnd> {
    let consecutiveErrors = 0;
    while (!this.signal.aborted) {
      try {
        const step = await this.step();
        if (step === 'shard-end') return 'shard-end';
        consecutiveErrors = 0;
      } catch (error) {
        consecutiveErrors += 1;
        // Re-read from the last commit: what was buffered is read again, nothing committed is repeated.
        this.options.delivery.logger.error('Shard reader failed; re-reading from the last checkpoint', {
          shardId: this.shardId,
          error: String(error),
          attempt: consecutiveErrors,
        });
        this.resetToCheckpoint();
        await sleep(backoffDelay(consecutiveErrors, this.options.delivery.backoff), this.signal);
      }
    }
    return 'stopped';
  }

  private async step(): Promise<'continue' | 'shard-end'> {
    const now = this.options.delivery.clock.now();
    if (this.buffer.isReady(now, this.shardEnded)) {
      await this.deliver(this.buffer.take());
      return 'continue';
    }
    if (this.shardEnded) {
      await this.options.checkpoints.set(this.options.mappingName, this.shardId, SHARD_END);
      this.options.delivery.stats.shardsCompleted += 1;
      return 'shard-end';
    }
    const found = await this.poll();
    if (found === 0 && !this.shardEnded && !this.buffer.isReady(this.options.delivery.clock.now(), false)) {
      const windowRemaining = this.buffer.windowRemainingMs(this.options.delivery.clock.now());
      await sleep(Math.min(this.options.pollIntervalMs, windowRemaining ?? Number.POSITIVE_INFINITY), this.signal);
    }
    return 'continue';
  }

  private async deliver(batch: TakenBatch): Promise<void> {
    this.currentBatch = batch;
    try {
      const { stats } = this.options.delivery;
      stats.recordsFilteredOut += batch.filteredOut;
      if (batch.records.length === 0) {
        await this.commit(batch.lastSequenceNumber, undefined);
        return;
      }
      const result = await deliverBatch(batch.records, {
        ...this.options.delivery,
        commitThrough: (record) => this.commitThrough(record, batch),
      });
      if (result === 'stopped') return;
      // Filtered-out records after the last delivered one are finished with too.
      if (this.committed !== batch.lastSequenceNumber) await this.commit(batch.lastSequenceNumber, undefined);
    } finally {
      this.currentBatch = undefined;
    }
  }

  private commitThrough(record: BufferedRecord, batch: TakenBatch): Promise<void> {
    const isLastDelivered = record === batch.records[batch.records.length - 1];
    return this.commit(isLastDelivered ? batch.lastSequenceNumber : record.sequenceNumber, record.createdAtSeconds);
  }

  private async commit(sequenceNumber: string, createdAtSeconds: number | undefined): Promise<void> {
    await this.options.checkpoints.set(this.options.mappingName, this.shardId, sequenceNumber);
    this.committed = sequenceNumber;
    if (createdAtSeconds !== undefined) {
      this.options.delivery.stats.iteratorAgeMs = Math.max(0, this.options.delivery.clock.now() - createdAtSeconds * 1000);
    }
  }

  private resetToCheckpoint(): void {
    this.buffer.clear();
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
    this.buffer.push(records.map((record) => this.toBuffered(record)));
    const last = records[records.length - 1]?.dynamodb?.SequenceNumber;
    if (last !== undefined) this.readPosition = last;
    this.iterator = output.NextShardIterator ?? undefined;
    if (this.iterator === undefined) this.shardEnded = true;
    this.lastPollTick = tick;
    this.lastPollWasEmpty = records.length === 0;
    return records.length;
  }

  private toBuffered(sdkRecord: SdkStreamRecord): BufferedRecord {
    const { delivery, region, match } = this.options;
    const record = toLambdaStreamRecord(sdkRecord, { region, streamArn: delivery.streamArn });
    const patterns = delivery.settings.filterPatterns;
    const matched = !patterns || patterns.length === 0 || patterns.some((pattern) => match(pattern, record as unknown as JsonObject));
    return {
      record,
      sequenceNumber: record.dynamodb.SequenceNumber,
      createdAtSeconds: record.dynamodb.ApproximateCreationDateTime,
      payloadBytes: Buffer.byteLength(JSON.stringify(record)),
      matched,
      readAt: delivery.clock.now(),
    };
  }
}
