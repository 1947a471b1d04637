import { randomUUID } from 'node:crypto';

import type { DynamoDBStreamEvent } from 'aws-lambda';

import type { BufferedRecord } from './buffered-record';
import { type Clock, sleep } from './clock';
import { interpretBatchResponse } from './interpret-batch-response';
import type { StreamMappingLogger } from './logger';
import type { StreamMappingStats } from './mapping-stats';
import {
  buildOnFailureRecord,
  type DiscardedRecord,
  type OnFailureCondition,
  type OnFailureRecord,
} from './on-failure-record';
import { backoffDelay, type RetryBackoff } from './retry-backoff';
import type { StreamMappingSettings } from './settings';

/** Everything {@link deliverBatch} needs from the shard it runs for. */
export interface DeliveryContext {
  readonly settings: StreamMappingSettings;
  readonly invoke: (event: DynamoDBStreamEvent) => Promise<unknown>;
  readonly onFailure: (record: OnFailureRecord) => Promise<void>;
  /** Marks every record up to and including `record` as finished with. */
  readonly commitThrough: (record: BufferedRecord) => Promise<void>;
  readonly clock: Clock;
  readonly backoff: RetryBackoff;
  /** Aborted by `stop()`: the in-flight invocation completes, but no retry starts. */
  readonly signal: AbortSignal;
  readonly stats: StreamMappingStats;
  readonly logger: StreamMappingLogger;
  readonly shardId: string;
  /** The ARN the API is called with (DynamoDB Local's own). */
  readonly streamArn: string;
  /** The ARN records and on-failure records carry: the stream's, in the configured region and account. */
  readonly eventSourceArn: string;
  readonly functionArn: string;
}

/** `stopped` means part of the batch is neither delivered nor discarded: it is read again after a restart. */
export type DeliveryResult = 'done' | 'stopped';

type FailureKind = 'handler-threw' | 'invalid-response';

interface Lineage {
  /** Retries used against MaximumRetryAttempts; bisection does not use any (esm-semantics.md §3.4). */
  retries: number;
  /** Invocations of this batch (or the part of it still being retried), for approximateInvokeCount. */
  invocations: number;
}

const isTooOld = (record: BufferedRecord, now: number, maxAgeSeconds: number): boolean =>
  maxAgeSeconds !== -1 && now - record.createdAtSeconds * 1000 > maxAgeSeconds * 1000;

/**
 * Runs one batch through the Lambda ESM error handling (esm-semantics.md §3, §4): invoke, honour a
 * partial batch response, retry with backoff up to MaximumRetryAttempts, bisect on function errors,
 * drop records older than MaximumRecordAgeInSeconds, and send the on-failure record before skipping
 * what could not be processed. Succeeded and discarded records are committed as they are settled, so
 * the checkpoint only ever moves forward over records that are finished with.
 * @example
 * const result = await deliverBatch(batch.records, context); // 'done' | 'stopped'
 */
export const deliverBatch = async (
  records: readonly BufferedRecord[],
  context: DeliveryContext,
): Promise<DeliveryResult> => deliverPart(records, { retries: 0, invocations: 0 }, context);

const deliverPart = async (
  initial: readonly BufferedRecord[],
  lineage: Lineage,
  context: DeliveryContext,
): Promise<DeliveryResult> => {
  const { settings, stats } = context;
  let records = initial;
  for (;;) {
    // A stop lets the in-flight invocation finish but starts no retry, half or remainder.
    if (context.signal.aborted) return 'stopped';
    const expired = records.filter((record) => isTooOld(record, context.clock.now(), settings.maximumRecordAgeInSeconds));
    if (expired.length > 0) {
      // Records age in shard order, so the expired ones are a prefix of the batch.
      const sent = await discard(expired, 'RecordAgeExceeded', Math.max(1, lineage.invocations), 'handler-threw', context);
      if (sent === 'stopped') return 'stopped';
      records = records.slice(expired.length);
      if (records.length === 0) return 'done';
    }

    lineage.invocations += 1;
    stats.invocations += 1;
    stats.recordsDelivered += records.length;
    const outcome = await invokeOnce(records, context);
    if (outcome.kind === 'success') {
      await settle(records, context);
      stats.batchesSucceeded += 1;
      return 'done';
    }
    stats.failedInvocations += 1;

    if (outcome.kind === 'partial' && outcome.firstFailedIndex > 0) {
      await settle(records.slice(0, outcome.firstFailedIndex), context);
      records = records.slice(outcome.firstFailedIndex);
      // With bisect the batch is split at the reported record and the rest retried without using a retry (§3.4).
      if (settings.bisectBatchOnFunctionError) continue;
    } else if (outcome.kind !== 'partial' && settings.bisectBatchOnFunctionError && records.length > 1) {
      // A partial response naming the first record is not a function error, so only failures bisect.
      const middle = Math.ceil(records.length / 2);
      for (const half of [records.slice(0, middle), records.slice(middle)]) {
        if ((await deliverPart(half, { retries: lineage.retries, invocations: 0 }, context)) === 'stopped') return 'stopped';
      }
      return 'done';
    }

    const maxRetries = settings.maximumRetryAttempts;
    if (maxRetries !== -1 && lineage.retries >= maxRetries) {
      const lastError: FailureKind = outcome.kind === 'threw' ? 'handler-threw' : 'invalid-response';
      return discard(records, 'RetryAttemptsExhausted', lineage.invocations, lastError, context);
    }
    lineage.retries += 1;
    await sleep(backoffDelay(lineage.retries, context.backoff), context.signal);
  }
};

type InvocationOutcome =
  | { readonly kind: 'success' }
  | { readonly kind: 'threw' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'partial'; readonly firstFailedIndex: number };

const invokeOnce = async (records: readonly BufferedRecord[], context: DeliveryContext): Promise<InvocationOutcome> => {
  let response: unknown;
  const startedAt = context.clock.now();
  try {
    response = await context.invoke({ Records: records.map((entry) => entry.record) });
  } catch (error) {
    // Which function and how long it ran: a `TimeoutError: [AbortError]` is middy's early timeout, 5 ms
    // before the declared timeout, so the duration tells a slow invocation from a fast failure.
    context.logger.warn('Stream handler threw; the batch failed', {
      error: String(error),
      functionArn: context.functionArn,
      durationMs: context.clock.now() - startedAt,
      records: records.length,
      shardId: context.shardId,
    });
    return { kind: 'threw' };
  }
  const sequenceNumbers = records.map((entry) => entry.sequenceNumber);
  const verdict = interpretBatchResponse(response, sequenceNumbers, context.settings.reportBatchItemFailures);
  if (verdict.kind === 'invalid') {
    context.logger.warn('Batch item failures response fails the whole batch', { reason: verdict.reason, shardId: context.shardId });
  }
  return verdict.kind === 'invalid' ? { kind: 'invalid' } : verdict;
};

const settle = async (records: readonly BufferedRecord[], context: DeliveryContext): Promise<void> => {
  const last = records[records.length - 1];
  if (!last) return;
  await context.commitThrough(last);
  context.stats.recordsSucceeded += records.length;
};

const toDiscarded = (entry: BufferedRecord): DiscardedRecord => ({
  sequenceNumber: entry.sequenceNumber,
  approximateCreationDateTime: entry.createdAtSeconds,
});

const discard = async (
  records: readonly BufferedRecord[],
  condition: OnFailureCondition,
  approximateInvokeCount: number,
  lastError: FailureKind,
  context: DeliveryContext,
): Promise<DeliveryResult> => {
  const [first, ...rest] = records;
  if (!first) return 'done';
  const onFailureRecord = buildOnFailureRecord({
    requestId: randomUUID(),
    functionArn: context.functionArn,
    condition,
    approximateInvokeCount,
    lastError,
    now: new Date(context.clock.now()),
    shardId: context.shardId,
    streamArn: context.eventSourceArn,
    records: [toDiscarded(first), ...rest.map(toDiscarded)],
  });
  // The destination must accept the record before the records are skipped: nothing is dropped unreported.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await context.onFailure(onFailureRecord);
      break;
    } catch (error) {
      context.logger.error('On-failure destination rejected the record; retrying', { error: String(error), attempt });
      await sleep(backoffDelay(attempt, context.backoff), context.signal);
      if (context.signal.aborted) return 'stopped';
    }
  }
  context.logger.warn(`Discarded ${records.length} stream record(s): ${condition}`, { shardId: context.shardId });
  context.stats.onFailureRecords += 1;
  context.stats.recordsDiscarded += records.length;
  await context.commitThrough(records[records.length - 1] ?? first);
  return 'done';
};
