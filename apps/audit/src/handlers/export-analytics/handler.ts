import { type BatchHandlerOptions, dynamoDbStreamBatchHandler, type DynamoDbStreamLambdaHandler } from '@aircraftops/lambda-kit';

import type { AnalyticsSink } from '../../domain';
import { auditRecordOfStreamRecord } from '../../adapters';
import { analyticsSinkFromEnv } from '../../wiring';

/**
 * The analytics export: every audit record AuditEventsTable's stream reports as inserted (NEW_IMAGE) goes to
 * the analytics sink, in stream order; a failure stops the batch there and the mapping retries from it.
 * @param sinkOf the sink of the invoking function's environment (resolved per request).
 * @example
 * const handler = createExportAnalyticsHandler(() => createNdjsonFileSink(folder));
 */
export const createExportAnalyticsHandler = (sinkOf: () => AnalyticsSink, options: BatchHandlerOptions = {}): DynamoDbStreamLambdaHandler =>
  dynamoDbStreamBatchHandler(async (streamRecord) => {
    const record = auditRecordOfStreamRecord(streamRecord);
    if (record !== undefined) await sinkOf().put(record);
  }, options);

/** Lambda entry point (manifest stream consumer `audit-export-analytics`). */
export const handler = createExportAnalyticsHandler(analyticsSinkFromEnv);
