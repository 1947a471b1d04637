import {
  DescribeStreamCommand,
  type DescribeStreamInput,
  type DescribeStreamOutput,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  type GetRecordsInput,
  type GetRecordsOutput,
  GetShardIteratorCommand,
  type GetShardIteratorInput,
  type GetShardIteratorOutput,
} from '@aws-sdk/client-dynamodb-streams';

/**
 * The three DynamoDB Streams calls an event-source mapping makes. A port, so unit tests can drive
 * shard splits and iterator expiry, which DynamoDB Local (one shard that never closes) cannot produce.
 * Errors keep the SDK's exception names (`ExpiredIteratorException`, `TrimmedDataAccessException`).
 * @example
 * const streams: StreamsApi = streamsApiFromClient(new DynamoDBStreamsClient({ endpoint }));
 */
export interface StreamsApi {
  describeStream(input: DescribeStreamInput): Promise<DescribeStreamOutput>;
  getShardIterator(input: GetShardIteratorInput): Promise<GetShardIteratorOutput>;
  getRecords(input: GetRecordsInput): Promise<GetRecordsOutput>;
}

/**
 * Adapts the SDK client to {@link StreamsApi}.
 * @example
 * const streams = streamsApiFromClient(streamsClient);
 */
export const streamsApiFromClient = (client: DynamoDBStreamsClient): StreamsApi => ({
  describeStream: (input) => client.send(new DescribeStreamCommand(input)),
  getShardIterator: (input) => client.send(new GetShardIteratorCommand(input)),
  getRecords: (input) => client.send(new GetRecordsCommand(input)),
});

/** Accepts either the SDK client or a ready port. */
export const toStreamsApi = (source: DynamoDBStreamsClient | StreamsApi): StreamsApi =>
  'getRecords' in source && typeof source.getRecords === 'function' ? source : streamsApiFromClient(source as DynamoDBStreamsClient);
