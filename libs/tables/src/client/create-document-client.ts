import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

import { type DynamoDbConfig, dynamoDbConfigFromEnv } from './dynamodb-config';

/**
 * The low-level client for the configured endpoint. DynamoDB Local needs a signed request but accepts
 * any credentials, so fixed local ones are used when an endpoint is set and none are configured.
 */
export const createDynamoDbClient = (config: DynamoDbConfig = dynamoDbConfigFromEnv()): DynamoDBClient =>
  new DynamoDBClient({
    region: config.region,
    ...(config.endpoint
      ? {
          endpoint: config.endpoint,
          credentials: process.env['AWS_ACCESS_KEY_ID']
            ? undefined
            : { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
  });

/**
 * The DocumentClient every table is bound to. Works against DynamoDB Local and AWS alike: only the
 * configuration differs.
 * @example
 * const documentClient = createDocumentClient(); // reads AIRCRAFTOPS_DYNAMODB_ENDPOINT, AWS_REGION
 */
export const createDocumentClient = (config: DynamoDbConfig = dynamoDbConfigFromEnv()): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(createDynamoDbClient(config), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
