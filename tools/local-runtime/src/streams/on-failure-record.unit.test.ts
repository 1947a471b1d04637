import { describeWithSamples } from './conformance-samples.fixtures.test';
import { buildOnFailureRecord, type OnFailureRecordInput } from './on-failure-record';

const STREAM_ARN = 'arn:aws:dynamodb:us-east-1:111111111111:table/holdout-table/stream/2025-11-25T15:40:00.000';

const input = (overrides: Partial<OnFailureRecordInput> = {}): OnFailureRecordInput => ({
  requestId: '316aa6d0-8154-4e57-9af7-85d5f4a6bc81',
  functionArn: 'arn:aws:lambda:us-east-1:111111111111:function:holdout-fn',
  condition: 'RetryAttemptsExhausted',
  approximateInvokeCount: 2,
  lastError: 'handler-threw',
  now: new Date('2025-11-25T15:52:40.123Z'),
  shardId: 'shardId-00000001764084000000-1a2b3c4d',
  streamArn: STREAM_ARN,
  records: [{ sequenceNumber: '100000000021870453245', approximateCreationDateTime: 1764086401.25 }],
  ...overrides,
});

describe('buildOnFailureRecord', () => {
  it('spans the first to the last discarded record with second-precision arrival times', () => {
    const record = buildOnFailureRecord(
      input({
        records: [
          { sequenceNumber: '1', approximateCreationDateTime: 1764086401.9 },
          { sequenceNumber: '2', approximateCreationDateTime: 1764086460 },
        ],
      }),
    );

    expect(record.DDBStreamBatchInfo).toMatchObject({
      startSequenceNumber: '1',
      endSequenceNumber: '2',
      approximateArrivalOfFirstRecord: '2025-11-25T16:00:01Z',
      approximateArrivalOfLastRecord: '2025-11-25T16:01:00Z',
      batchSize: 2,
    });
  });

  it('reports functionError null when a batchItemFailures response failed the batch', () => {
    expect(buildOnFailureRecord(input({ lastError: 'invalid-response' })).responseContext?.functionError).toBeNull();
  });

  it('has no responseContext for RecordAgeExceeded', () => {
    expect(buildOnFailureRecord(input({ condition: 'RecordAgeExceeded' }))).not.toHaveProperty('responseContext');
  });
});

describeWithSamples('buildOnFailureRecord against recorded AWS destination messages', (samples) => {
  it('matches the recorded SQS message key for key, in order', () => {
    const recorded = samples.on_failure_destination_records.find((r) => r.id === 'on-failure-sqs-aws-recorded')?.record;
    const built = buildOnFailureRecord(
      input({ records: [{ sequenceNumber: '100000000021870453245', approximateCreationDateTime: Date.parse('2025-11-25T15:50:01Z') / 1000 }] }),
    );

    expect(built).toEqual(recorded);
    expect(JSON.stringify(built)).toBe(JSON.stringify(recorded));
  });

  it('matches the recorded partial-batch failure message (functionError null)', () => {
    const recorded = samples.on_failure_destination_records.find((r) => r.id === 'on-failure-partial-batch-aws-recorded')?.record;
    const built = buildOnFailureRecord(
      input({
        requestId: '8e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b',
        approximateInvokeCount: 4,
        lastError: 'invalid-response',
        now: new Date('2025-11-25T20:03:19.000Z'),
        records: [{ sequenceNumber: '300000000021870453247', approximateCreationDateTime: Date.parse('2025-11-25T20:01:00Z') / 1000 }],
      }),
    );

    expect(JSON.stringify(built)).toBe(JSON.stringify(recorded));
  });
});
