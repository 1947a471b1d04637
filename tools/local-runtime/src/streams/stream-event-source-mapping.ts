import type { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBStreamEvent } from 'aws-lambda';

import { type CheckpointStore, SHARD_END } from './checkpoint-store';
import { type Clock, sleep, systemClock } from './clock';
import { InvalidStreamMappingSettingsError, MappingStateError } from './errors';
import type { FilterMatcher } from './filter-matcher';
import { listShards, type ShardInfo } from './list-shards';
import { consoleWarningsLogger, type StreamMappingLogger } from './logger';
import { emptyStats, type StreamMappingStats } from './mapping-stats';
import type { OnFailureRecord } from './on-failure-record';
import { DEFAULT_RETRY_BACKOFF, type RetryBackoff } from './retry-backoff';
import { type StreamMappingSettings, validateStreamMappingSettings } from './settings';
import type { ShardPosition } from './shard-position';
import { ShardWorker } from './shard-worker';
import { type StreamsApi, toStreamsApi } from './streams-api';
import type { LambdaRecordContext } from './to-lambda-stream-record';

/** Construction options of {@link StreamEventSourceMapping}. */
export interface StreamEventSourceMappingOptions {
  /** Unique per mapping: checkpoints are kept under it. */
  readonly name: string;
  readonly streamsClient: DynamoDBStreamsClient | StreamsApi;
  /** From DescribeTable's `LatestStreamArn`: the ARN the Streams API is called with. */
  readonly streamArn: string;
  /**
   * The ARN records and on-failure records carry (default `streamArn`). Locally: the stream's ARN in the
   * configured region and account, where DynamoDB Local's says `ddblocal` and `000000000000`.
   */
  readonly eventSourceArn?: string;
  /** DynamoDB Local truncates `ApproximateCreationDateTime` to the minute: narrow it with the read time. */
  readonly creationTimeFromReadTime?: boolean;
  /**
   * The batching window in milliseconds, replacing `maximumBatchingWindowInSeconds` (whole seconds, as the
   * Lambda API allows): the local runtime's shortened window. Default: the settings' window.
   */
  readonly batchingWindowMs?: number;
  /** Recognises REMOVE records written by a TTL emulation; they get AWS's TTL `userIdentity`. */
  readonly isTtlRemove?: LambdaRecordContext['isTtlRemove'];
  /** Region stamped on records as `awsRegion` (DynamoDB Local says `ddblocal`). */
  readonly region: string;
  readonly settings: StreamMappingSettings;
  /** The function: called with each batch, its return value read as a partial batch response. */
  readonly invoke: (event: DynamoDBStreamEvent) => Promise<unknown>;
  /** The on-failure destination. Records are skipped only after it resolves. */
  readonly onFailure: (record: OnFailureRecord) => Promise<void>;
  readonly checkpoints: CheckpointStore;
  /** EventBridge pattern matcher used for filter criteria (e.g. `testEventPattern` from @aircraftops/events). */
  readonly match: FilterMatcher;
  /** Shown in on-failure records; defaults to a local ARN built from the mapping name. */
  readonly functionArn?: string;
  /** Delay between polls of a caught-up shard; Lambda polls about 4 times a second. */
  readonly pollIntervalMs?: number;
  /** Delay between DescribeStream calls that look for new shards. */
  readonly discoveryIntervalMs?: number;
  readonly retryBackoff?: RetryBackoff;
  readonly clock?: Clock;
  readonly logger?: StreamMappingLogger;
}

type State = 'new' | 'running' | 'stopping' | 'stopped';

const DEFAULT_POLL_INTERVAL_MS = 250;
const DEFAULT_DISCOVERY_INTERVAL_MS = 1_000;

const defaultFunctionArn = (name: string, region: string, streamArn: string): string => {
  const account = /^\d{12}$/.test(streamArn.split(':')[4] ?? '') ? streamArn.split(':')[4] : '000000000000';
  return `arn:aws:lambda:${region}:${account}:function:${name}`;
};

/** CreateEventSourceMapping rejects a pattern the matcher cannot compile; so does the constructor. */
const validateFilterPatterns = (name: string, settings: StreamMappingSettings, match: FilterMatcher): void => {
  const problems: string[] = [];
  let cause: unknown;
  (settings.filterPatterns ?? []).forEach((pattern, index) => {
    try {
      match(pattern, {});
    } catch (error) {
      cause ??= error;
      problems.push(`filterPatterns[${index}]: Invalid filter pattern definition. (${error instanceof Error ? error.message : String(error)})`);
    }
  });
  if (problems.length > 0) throw new InvalidStreamMappingSettingsError(name, problems, { cause });
};

/**
 * A local Lambda event-source mapping for a DynamoDB stream (esm-semantics.md): discovers shards
 * (children after their parents), reads each in order, batches, filters, invokes the function and
 * handles errors the way Lambda does, committing a checkpoint after every settled batch.
 *
 * With ParallelizationFactor N, up to N batches per shard run concurrently; records of one item (same
 * `Keys`) are never processed concurrently or out of order, and the checkpoint is the highest sequence
 * number below which every record is finished with.
 * @example
 * const mapping = new StreamEventSourceMapping({ name: 'stream-bridge', streamsClient, streamArn, region: 'us-east-1',
 *   settings, invoke: (event) => handler(event, context), onFailure: async (record) => dlq.push(record),
 *   checkpoints: new FileCheckpointStore('.aircraftops/checkpoints'), match: testEventPattern });
 * await mapping.start();
 * await mapping.idle(); // every record written so far has been handled
 * await mapping.stop();
 */
export class StreamEventSourceMapping {
  readonly name: string;
  private readonly streams: StreamsApi;
  private readonly logger: StreamMappingLogger;
  private readonly clock: Clock;
  private readonly pollIntervalMs: number;
  private readonly discoveryIntervalMs: number;
  private readonly counters = emptyStats();
  private readonly abort = new AbortController();
  private readonly known = new Map<string, ShardInfo>();
  private readonly workers = new Map<string, ShardWorker>();
  private readonly finished = new Set<string>();
  private readonly running = new Set<Promise<unknown>>();
  private readonly initialShardIds = new Set<string>();
  private state: State = 'new';
  private tick = 0;
  private lastDiscoveryTick = -1;
  private scheduling: Promise<void> = Promise.resolve();
  private pendingSchedules = 0;
  private firstDiscoveryDone = false;

  constructor(private readonly options: StreamEventSourceMappingOptions) {
    validateStreamMappingSettings(options.name, options.settings);
    validateFilterPatterns(options.name, options.settings, options.match);
    this.name = options.name;
    this.streams = toStreamsApi(options.streamsClient);
    this.logger = options.logger ?? consoleWarningsLogger;
    this.clock = options.clock ?? systemClock;
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    this.discoveryIntervalMs = options.discoveryIntervalMs ?? DEFAULT_DISCOVERY_INTERVAL_MS;
  }

  /**
   * Describes the stream, positions a reader on every shard that may start, and begins polling.
   * Resolves once LATEST readers hold their iterators, so records written afterwards are seen.
   * @throws the SDK error when the stream cannot be described (e.g. ResourceNotFoundException).
   */
  async start(): Promise<void> {
    if (this.state !== 'new') throw new MappingStateError(this.name, `start() called in state ${this.state}`);
    this.state = 'running';
    try {
      await this.discover();
    } catch (error) {
      this.state = 'stopped';
      throw error;
    }
    this.track(this.discoveryLoop());
  }

  /**
   * Stops polling. An invocation in flight completes and, if it succeeded, its checkpoint is
   * committed; a failed batch is not retried and is read again after a restart.
   */
  async stop(): Promise<void> {
    if (this.state === 'new') {
      this.state = 'stopped';
      return;
    }
    if (this.state === 'running') this.state = 'stopping';
    this.abort.abort();
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
    this.state = 'stopped';
  }

  /**
   * Resolves when every record available when it was called (and every shard that could start) has been
   * handled: delivered, filtered out or discarded. For tests and the local CLI.
   * @throws MappingStateError when not running, or when still busy after `timeoutMs`.
   */
  async idle(options: { timeoutMs?: number } = {}): Promise<void> {
    if (this.state !== 'running') throw new MappingStateError(this.name, `idle() called in state ${this.state}`);
    const timeoutMs = options.timeoutMs ?? 30_000;
    const since = this.nextTick();
    const deadline = Date.now() + timeoutMs;
    await this.discover();
    for (;;) {
      if (this.state !== 'running') throw new MappingStateError(this.name, 'stopped while waiting for idle()');
      if (this.isIdleSince(since)) return;
      if (Date.now() > deadline) {
        throw new MappingStateError(this.name, `still processing after ${timeoutMs} ms: ${JSON.stringify(this.stats())}`);
      }
      await sleep(Math.min(this.pollIntervalMs, 10));
    }
  }

  /** A snapshot of the counters. */
  stats(): StreamMappingStats {
    return { ...this.counters };
  }

  private nextTick = (): number => ++this.tick;

  private isIdleSince(since: number): boolean {
    if (this.lastDiscoveryTick <= since || this.pendingSchedules > 0) return false;
    return [...this.workers.values()].every((worker) => worker.isCaughtUpSince(since));
  }

  private track(promise: Promise<unknown>): void {
    this.running.add(promise);
    void promise.finally(() => this.running.delete(promise));
  }

  private async discoveryLoop(): Promise<void> {
    while (!this.abort.signal.aborted) {
      await sleep(this.discoveryIntervalMs, this.abort.signal);
      if (this.abort.signal.aborted) return;
      try {
        await this.discover();
      } catch (error) {
        this.logger.error('DescribeStream failed; retrying at the next discovery', { error: String(error) });
      }
    }
  }

  private async discover(): Promise<void> {
    const tick = this.nextTick();
    const shards = await listShards(this.streams, this.options.streamArn);
    for (const shard of shards) {
      if (!this.firstDiscoveryDone) this.initialShardIds.add(shard.shardId);
      this.known.set(shard.shardId, shard);
    }
    this.firstDiscoveryDone = true;
    await this.schedule();
    this.lastDiscoveryTick = Math.max(this.lastDiscoveryTick, tick);
  }

  /** Serialised: discovery and finishing readers both start shards, and must not start one twice. */
  private schedule(): Promise<void> {
    this.pendingSchedules += 1;
    this.scheduling = this.scheduling
      .then(() => this.startReadyShards())
      .catch((error: unknown) => this.logger.error('Could not start shard readers', { error: String(error) }))
      .finally(() => {
        this.pendingSchedules -= 1;
      });
    return this.scheduling;
  }

  private isParentDone(shard: ShardInfo): boolean {
    const parent = shard.parentShardId;
    // A parent no longer listed has aged out of the stream: nothing of it is left to read first.
    return parent === undefined || !this.known.has(parent) || this.finished.has(parent);
  }

  private async startReadyShards(): Promise<void> {
    let startedSome = true;
    while (startedSome && !this.abort.signal.aborted) {
      startedSome = false;
      for (const shard of this.known.values()) {
        if (this.workers.has(shard.shardId) || this.finished.has(shard.shardId) || !this.isParentDone(shard)) continue;
        const start = await this.startingPosition(shard);
        startedSome = true;
        if (start === 'done') {
          this.finished.add(shard.shardId);
          continue;
        }
        await this.startWorker(shard, start);
      }
    }
  }

  private async startingPosition(shard: ShardInfo): Promise<ShardPosition | 'done'> {
    const checkpoint = await this.options.checkpoints.get(this.name, shard.shardId);
    if (checkpoint === SHARD_END) return 'done';
    if (checkpoint !== undefined) return { type: 'AFTER_SEQUENCE_NUMBER', sequenceNumber: checkpoint };
    // LATEST applies to the shards that exist when a fresh mapping starts; shards created later are
    // read from their beginning, or their first records would be lost.
    if (this.options.settings.startingPosition === 'LATEST' && this.initialShardIds.has(shard.shardId)) {
      return shard.closed ? 'done' : { type: 'LATEST' };
    }
    return { type: 'TRIM_HORIZON' };
  }

  private async startWorker(shard: ShardInfo, start: ShardPosition): Promise<void> {
    const { options } = this;
    const worker = new ShardWorker(shard.shardId, {
      mappingName: this.name,
      region: options.region,
      streams: this.streams,
      checkpoints: options.checkpoints,
      start,
      match: options.match,
      pollIntervalMs: this.pollIntervalMs,
      nextTick: this.nextTick,
      creationTimeFromReadTime: options.creationTimeFromReadTime,
      batchingWindowMs: options.batchingWindowMs,
      isTtlRemove: options.isTtlRemove,
      delivery: {
        settings: options.settings,
        invoke: options.invoke,
        onFailure: options.onFailure,
        clock: this.clock,
        backoff: options.retryBackoff ?? DEFAULT_RETRY_BACKOFF,
        signal: this.abort.signal,
        stats: this.counters,
        logger: this.logger,
        shardId: shard.shardId,
        streamArn: options.streamArn,
        eventSourceArn: options.eventSourceArn ?? options.streamArn,
        functionArn: options.functionArn ?? defaultFunctionArn(this.name, options.region, options.eventSourceArn ?? options.streamArn),
      },
    });
    this.workers.set(shard.shardId, worker);
    try {
      await worker.prepare();
    } catch (error) {
      // Not started: the next discovery round tries again.
      this.workers.delete(shard.shardId);
      throw error;
    }
    this.logger.debug('Reading shard', { shardId: shard.shardId, start });
    this.track(
      worker.run().then((end) => {
        if (end !== 'shard-end') return;
        this.finished.add(shard.shardId);
        return this.schedule();
      }),
    );
  }
}
