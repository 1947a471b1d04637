import type { OnFailureRecord, StreamConsumerSummary, StreamFailure } from '@aircraftops/local-runtime';

export const STREAM_ARN = 'arn:aws:dynamodb:us-east-1:000000000000:table/aircraftops-core/stream/2025-11-25T15:40:00.000';

/** An on-failure record as the mapping sends it for a batch whose handler kept throwing. */
export function onFailureRecord(overrides: Partial<OnFailureRecord> = {}): OnFailureRecord {
  return {
    requestContext: {
      requestId: '316aa6d0-8154-4e57-9af7-85d5f4a6bc81',
      functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:stream-bridge',
      condition: 'RetryAttemptsExhausted',
      approximateInvokeCount: 4,
    },
    responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    version: '1.0',
    timestamp: '2025-11-25T15:52:40.123Z',
    DDBStreamBatchInfo: {
      shardId: 'shardId-00000001764084000000-1a2b3c4d',
      startSequenceNumber: '100000000021870453245',
      endSequenceNumber: '100000000021870453300',
      approximateArrivalOfFirstRecord: '2025-11-25T15:50:01Z',
      approximateArrivalOfLastRecord: '2025-11-25T15:50:02Z',
      batchSize: 3,
      streamArn: STREAM_ARN,
    },
    ...overrides,
  };
}

export function streamFailure(record: OnFailureRecord = onFailureRecord()): StreamFailure {
  return { messageId: '5d2c9a10-7b7e-4d8e-9d1f-1b2a3c4d5e6f', sentAt: '2025-11-25T15:52:40.200Z', record };
}

export function streamSummary(overrides: Partial<StreamConsumerSummary> = {}): StreamConsumerSummary {
  return {
    name: 'stream-bridge',
    table: 'core',
    stats: {
      invocations: 12,
      failedInvocations: 4,
      batchesSucceeded: 8,
      recordsDelivered: 30,
      recordsSucceeded: 24,
      recordsFilteredOut: 2,
      recordsDiscarded: 3,
      onFailureRecords: 1,
      iteratorAgeMs: 1500,
      shardsCompleted: 0,
    },
    onFailureDepth: 1,
    ...overrides,
  };
}
