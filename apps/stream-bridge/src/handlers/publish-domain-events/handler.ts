import { createLogger } from '@aircraftops/lambda-kit';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';

import { bridgedTablesFromEnv, eventPublisherFromEnv } from '../../adapters';
import { createStreamBridge } from '../../wiring';

// Module scope: a warm container reuses the client, the publisher and the entity formatters. Tables and
// bus are read per batch from the function's environment: locally both bridge functions share this module.
const logger = createLogger('stream-bridge');
const bridge = createStreamBridge({
  tables: () => bridgedTablesFromEnv(),
  publisher: eventPublisherFromEnv(),
  logger,
});

/**
 * DynamoDB stream consumer of CoreTable and JobsTable: publishes the domain events the records mean and
 * returns a partial batch response (the lowest failed record and every later one).
 *
 * @example
 * ```ts
 * const { batchItemFailures } = await handler(dynamoDbStreamEvent, context);
 * ```
 */
export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>()
  .use(injectLambdaContext(logger))
  .handler(async (event) => {
    const { batchItemFailures } = await bridge(event.Records);
    return { batchItemFailures };
  });
