import { onFailureRecord, STREAM_ARN, streamFailure } from '../../__fixtures__/streams.fixtures.test';
import { formatStreamFailures } from './format-stream-failures';

describe('formatStreamFailures', () => {
  it('shows the condition, invokes, shard, sequence range and a re-read command for each discarded batch', () => {
    const text = formatStreamFailures('stream-bridge', [streamFailure()], { dynamodbEndpoint: 'http://127.0.0.1:8123' });

    expect(text.split('\n').slice(0, 6)).toEqual([
      '1. 2025-11-25T15:52:40.123Z  RetryAttemptsExhausted after 4 invokes: the handler threw',
      '   shard      shardId-00000001764084000000-1a2b3c4d',
      '   sequence   100000000021870453245 … 100000000021870453300 (3 records)',
      '   arrived    2025-11-25T15:50:01Z … 2025-11-25T15:50:02Z',
      '   request    316aa6d0-8154-4e57-9af7-85d5f4a6bc81',
      `   re-read    aws dynamodbstreams get-shard-iterator --endpoint-url http://127.0.0.1:8123 --stream-arn ${STREAM_ARN}` +
        ' --shard-id shardId-00000001764084000000-1a2b3c4d --shard-iterator-type AT_SEQUENCE_NUMBER --sequence-number 100000000021870453245',
    ]);
    expect(text).toContain('1 on-failure record for stream consumer stream-bridge.');
    expect(text).toContain('aws dynamodbstreams get-records --endpoint-url http://127.0.0.1:8123 --shard-iterator <ShardIterator>');
  });

  it('names the cause: a failed batchItemFailures response, or records too old', () => {
    const reported = onFailureRecord({ responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: null } });
    const { responseContext: _omitted, ...aged } = onFailureRecord({
      requestContext: { ...onFailureRecord().requestContext, condition: 'RecordAgeExceeded', approximateInvokeCount: 1 },
    });

    const text = formatStreamFailures('stream-bridge', [streamFailure(reported), streamFailure(aged)]);

    expect(text).toContain('1. 2025-11-25T15:52:40.123Z  RetryAttemptsExhausted after 4 invokes: the handler reported the batch as failed (batchItemFailures)');
    expect(text).toContain('2. 2025-11-25T15:52:40.123Z  RecordAgeExceeded after 1 invoke: the records grew older than MaximumRecordAgeInSeconds');
    expect(text).toContain('2 on-failure records for stream consumer stream-bridge.');
  });

  it('uses a placeholder endpoint in the hint when the DynamoDB endpoint is unknown', () => {
    expect(formatStreamFailures('stream-bridge', [streamFailure()])).toContain('--endpoint-url <dynamodb endpoint> --stream-arn');
  });

  it('shows a message that is not an on-failure record instead of dropping it', () => {
    const text = formatStreamFailures('stream-bridge', [{ messageId: 'm-1', sentAt: '2025-11-25T15:52:40.200Z', record: null, body: 'garbage' }]);

    expect(text.startsWith('1. 2025-11-25T15:52:40.200Z  not an on-failure record (message m-1): garbage\n')).toBe(true);
  });

  it('says so when the consumer has no on-failure records', () => {
    expect(formatStreamFailures('stream-bridge', [])).toBe('Stream consumer stream-bridge has no on-failure records.\n');
  });
});
