/** Why the ESM gave up on a batch (esm-semantics.md §3.7). */
export type OnFailureCondition = 'RetryAttemptsExhausted' | 'RecordAgeExceeded';

/** Which stream records a discarded batch held; records themselves are not included (§3.6). */
export interface DdbStreamBatchInfo {
  readonly shardId: string;
  readonly startSequenceNumber: string;
  readonly endSequenceNumber: string;
  /** ISO-8601 to the second, e.g. `2025-11-25T15:50:01Z`. */
  readonly approximateArrivalOfFirstRecord: string;
  readonly approximateArrivalOfLastRecord: string;
  readonly batchSize: number;
  readonly streamArn: string;
}

/**
 * The invocation record Lambda sends to an SQS/SNS on-failure destination for a stream batch it
 * discards (esm-semantics.md §3.6-3.8). `responseContext` is absent for `RecordAgeExceeded`.
 */
export interface OnFailureRecord {
  readonly requestContext: {
    readonly requestId: string;
    readonly functionArn: string;
    readonly condition: OnFailureCondition;
    readonly approximateInvokeCount: number;
  };
  readonly responseContext?: {
    readonly statusCode: 200;
    readonly executedVersion: '$LATEST';
    /** `Unhandled` when the handler threw, `null` when its batchItemFailures response failed the batch. */
    readonly functionError: 'Unhandled' | null;
  };
  readonly version: '1.0';
  /** ISO-8601 with milliseconds. */
  readonly timestamp: string;
  readonly DDBStreamBatchInfo: DdbStreamBatchInfo;
}

/** What the builder needs to know about the discarded records. */
export interface DiscardedRecord {
  readonly sequenceNumber: string;
  /** Epoch seconds, from ApproximateCreationDateTime. */
  readonly approximateCreationDateTime: number;
}

export interface OnFailureRecordInput {
  readonly requestId: string;
  readonly functionArn: string;
  readonly condition: OnFailureCondition;
  readonly approximateInvokeCount: number;
  /** How the last invocation failed; ignored for RecordAgeExceeded. */
  readonly lastError: 'handler-threw' | 'invalid-response';
  readonly now: Date;
  readonly shardId: string;
  readonly streamArn: string;
  readonly records: readonly [DiscardedRecord, ...DiscardedRecord[]];
}

const toSecondIso = (epochSeconds: number): string =>
  new Date(Math.floor(epochSeconds) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Builds the on-failure invocation record, key order as AWS sends it.
 * @example
 * const record = buildOnFailureRecord({ requestId: randomUUID(), functionArn, condition: 'RetryAttemptsExhausted',
 *   approximateInvokeCount: 4, lastError: 'handler-threw', now: new Date(), shardId, streamArn, records: [first] });
 */
export const buildOnFailureRecord = (input: OnFailureRecordInput): OnFailureRecord => {
  const first = input.records[0];
  const last = input.records[input.records.length - 1] ?? first;
  return {
    requestContext: {
      requestId: input.requestId,
      functionArn: input.functionArn,
      condition: input.condition,
      approximateInvokeCount: input.approximateInvokeCount,
    },
    ...(input.condition === 'RetryAttemptsExhausted'
      ? {
          responseContext: {
            statusCode: 200,
            executedVersion: '$LATEST',
            functionError: input.lastError === 'handler-threw' ? 'Unhandled' : null,
          },
        }
      : {}),
    version: '1.0',
    timestamp: input.now.toISOString(),
    DDBStreamBatchInfo: {
      shardId: input.shardId,
      startSequenceNumber: first.sequenceNumber,
      endSequenceNumber: last.sequenceNumber,
      approximateArrivalOfFirstRecord: toSecondIso(first.approximateCreationDateTime),
      approximateArrivalOfLastRecord: toSecondIso(last.approximateCreationDateTime),
      batchSize: input.records.length,
      streamArn: input.streamArn,
    },
  };
};
