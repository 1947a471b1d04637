import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

import { type BatchHandlerOptions, defaultBatchLogger } from '../batch';
import { correlationIdOfMessage } from '../correlation/correlation-id-of-message';
import { logContextMiddleware } from '../logging/log-context-middleware';

/** Processes one SQS message; throwing marks that message, and only it, as failed. */
export type SqsRecordHandler = (record: SQSRecord, context: Context) => Promise<unknown>;

/** The Lambda handler `sqsBatchHandler` builds. */
export type SqsLambdaHandler = middy.MiddyfiedHandler<SQSEvent, SQSBatchResponse>;

/**
 * An SQS consumer with partial batch responses (Powertools `BatchProcessor(EventType.SQS)` +
 * `processPartialResponse`): records are processed concurrently, each failure is logged and reported
 * in `batchItemFailures` so SQS redelivers only those messages (then the DLQ). When every record fails
 * it throws, so the whole batch is retried even if `ReportBatchItemFailures` were not enabled. Never
 * swallows an error. Needs `ReportBatchItemFailures` on the event source mapping.
 *
 * Every log line carries the Lambda context (Powertools `injectLambdaContext`) and a correlation id:
 * the event's `detail.metadata.correlationId` when the batch is one message, else the Lambda request
 * id; a failed message's line names its own correlation id.
 *
 * Returned as a middy handler so an app can add middlewares (idempotency, parsing) with `.use()`.
 *
 * @example
 * export const handler = sqsBatchHandler(async (record) => {
 *   const event = AircraftRegistered.parse(JSON.parse(record.body).detail);
 *   await projectAircraft(event, ports);
 * });
 */
export const sqsBatchHandler = (recordHandler: SqsRecordHandler, options: BatchHandlerOptions = {}): SqsLambdaHandler => {
  const logger = options.logger ?? defaultBatchLogger();
  return middy<SQSEvent, SQSBatchResponse>()
    .use(logContextMiddleware<SQSEvent>(logger, (event) => (event.Records?.length === 1 ? correlationIdOfMessage(event.Records[0]!.body) : undefined)))
    .handler(async (event, context) => {
      // A processor holds one batch's state: one per invocation, because the local runtime may run
      // several invocations of the same handler concurrently in one process.
      const processor = new BatchProcessor(EventType.SQS);
      const logged = async (record: SQSRecord, recordContext: Context) => {
        try {
          return await recordHandler(record, recordContext);
        } catch (error) {
          logger.error('SQS record failed; reporting it for redelivery', {
            messageId: record.messageId,
            recordCorrelationId: correlationIdOfMessage(record.body),
            error: error as Error,
          });
          throw error;
        }
      };
      return processPartialResponse(event, logged, processor, { context });
    });
};
