import { correlationIdOfStreamRecord, createLogger, logContextMiddleware } from '@aircraftops/lambda-kit';
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
 * returns a partial batch response (the lowest failed record and every later one). Logs carry the
 * Lambda context and a correlation id (the write's own for a one-record batch, else the request id), as
 * every stack of lambda-kit does.
 *
 * @example
 * ```ts
 * const { batchItemFailures } = await handler(dynamoDbStreamEvent, context);
 * ```
 */
export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>()
  .use(logContextMiddleware<DynamoDBStreamEvent>(logger, (event) => (event.Records?.length === 1 ? correlationIdOfStreamRecord(event.Records[0]!) : undefined)))
  .handler(async (event) => {
    const { batchItemFailures } = await bridge(event.Records);
    return { batchItemFailures };
  });
