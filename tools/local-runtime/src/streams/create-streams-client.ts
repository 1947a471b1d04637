import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';

/** Where the stream API lives; DynamoDB Local serves it on its DynamoDB endpoint. */
export interface StreamsClientConfig {
  readonly region: string;
  readonly endpoint?: string;
}

/**
 * A DynamoDB Streams client for the configured endpoint. DynamoDB Local needs a signed request but
 * accepts any credentials, so fixed local ones are used when an endpoint is set and none are configured.
 * @example
 * const streamsClient = createStreamsClient(dynamoDbConfigFromEnv());
 */
export const createStreamsClient = (config: StreamsClientConfig): DynamoDBStreamsClient => {
  const client = new DynamoDBStreamsClient({
    region: config.region,
    ...(config.endpoint
      ? {
          endpoint: config.endpoint,
          credentials: process.env['AWS_ACCESS_KEY_ID'] ? undefined : { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
  });
  // The SDK's logger middleware copies every response through its sensitive-data filter to hand it to
  // `logger.info`, even to the default no-op logger: for GetRecords (up to 1,000 records) that walk was the
  // largest single cost of the pollers in a CPU profile of `npm run bench -- bridge`. Nothing logs it.
  client.middlewareStack.remove('loggerMiddleware');
  return client;
};
