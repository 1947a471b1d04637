import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import middy from '@middy/core';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

import { type BatchHandlerOptions, defaultBatchLogger, InvalidBatchError } from '../batch';
import { correlationIdOfStreamRecord } from '../correlation/correlation-id-of-stream-record';
import { logContextMiddleware } from '../logging/log-context-middleware';
import { RecordSkippedError } from './record-skipped-error';

/** Processes one stream record; throwing stops the batch at this record. */
export type DynamoDbStreamRecordHandler = (record: DynamoDBRecord, context: Context) => Promise<unknown>;

/** The Lambda handler `dynamoDbStreamBatchHandler` builds. */
export type DynamoDbStreamLambdaHandler = middy.MiddyfiedHandler<DynamoDBStreamEvent, DynamoDBBatchResponse>;

/**
 * A DynamoDB stream consumer that keeps per-shard order under partial batch responses.
 *
 * Powertools' `BatchProcessor(EventType.DynamoDBStreams)` alone does not fit ordered streams: even
 * sequentially it carries on after a failure, so a later change to an item (v3) would be processed,
 * and its event published, before the failed earlier one (v2) is retried. Here records run one at a
 * time; after the first failure the remaining records are not handed to `recordHandler` and are
 * reported too (`itemIdentifier` = `SequenceNumber`). Lambda checkpoints at the lowest reported
 * sequence number and retries from there, so every change is processed in order, at least once.
 * When the first record fails the whole batch is thrown (Powertools' full-batch failure), which also
 * drives bisect-on-error. Needs `ReportBatchItemFailures` on the event source mapping.
 *
 * Every log line carries the Lambda context (Powertools `injectLambdaContext`) and, while a record is
 * processed, the correlation id of the write it reports (its `correlationId` attribute), else the
 * Lambda request id.
 *
 * @example
 * export const handler = dynamoDbStreamBatchHandler(async (record) => {
 *   await publishDomainEvent(recordToEvent(record), publisher);
 * });
 */
export const dynamoDbStreamBatchHandler = (
  recordHandler: DynamoDbStreamRecordHandler,
  options: BatchHandlerOptions = {},
): DynamoDbStreamLambdaHandler => {
  const logger = options.logger ?? defaultBatchLogger();
  return middy<DynamoDBStreamEvent, DynamoDBBatchResponse>()
    .use(logContextMiddleware<DynamoDBStreamEvent>(logger))
    .handler(async (event, context) => {
    assertReportable(event);
    let failedAt: string | undefined;
    const inOrder = async (record: DynamoDBRecord, recordContext: Context) => {
      const sequenceNumber = record.dynamodb?.SequenceNumber as string;
      if (failedAt !== undefined) throw new RecordSkippedError(sequenceNumber, failedAt);
      // Records run one at a time, so the logger can carry each record's own correlation id.
      logger.setCorrelationId(correlationIdOfStreamRecord(record) ?? context.awsRequestId);
      try {
        return await recordHandler(record, recordContext);
      } catch (error) {
        failedAt = sequenceNumber;
        logger.error('Stream record failed; it and the records after it will be retried in order', {
          sequenceNumber,
          eventID: record.eventID,
          error: error as Error,
        });
        throw error;
      }
    };
    // One processor per invocation: it holds the batch's state (see sqsBatchHandler).
    const processor = new BatchProcessor(EventType.DynamoDBStreams);
    return processPartialResponse(event, inOrder, processor, { context, processInParallel: false });
  });
};

/** Powertools silently leaves a failed record without SequenceNumber out of the response; refuse such batches. */
const assertReportable = (event: DynamoDBStreamEvent): void => {
  if (!Array.isArray(event.Records)) throw new InvalidBatchError('Stream event has no Records array');
  event.Records.forEach((record, index) => {
    if (!record.dynamodb?.SequenceNumber) {
      throw new InvalidBatchError(`Stream record ${index} (eventID ${record.eventID ?? 'unknown'}) has no dynamodb.SequenceNumber`);
    }
  });
};
