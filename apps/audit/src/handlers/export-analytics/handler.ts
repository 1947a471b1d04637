import { type BatchHandlerOptions, createLogger } from '@aircraftops/lambda-kit';
import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';

import type { AnalyticsSink, AuditRecord } from '../../domain';
import { auditRecordOfStreamRecord } from '../../adapters';
import { analyticsSinkFromEnv } from '../../wiring';

/** The export's Lambda handler: the whole batch is delivered, or it throws. */
export type ExportAnalyticsHandler = (event: DynamoDBStreamEvent, context: Context) => Promise<DynamoDBBatchResponse>;

/**
 * The analytics export: every audit record AuditEventsTable's stream reports as inserted (NEW_IMAGE) goes to
 * the analytics sink, in stream order, **as one batch** (Firehose takes up to 500 records a call). A
 * failure throws: the mapping retries the batch (bisecting it), so nothing is dropped; records already
 * delivered are delivered again, which the local sink absorbs (one file per event id) and the cloud's
 * consumers de-duplicate on `eventId`.
 * @param sinkOf the sink of the invoking function's environment (resolved per request).
 * @example
 * const handler = createExportAnalyticsHandler(() => createNdjsonFileSink(folder));
 */
export const createExportAnalyticsHandler = (sinkOf: () => AnalyticsSink, options: BatchHandlerOptions = {}): ExportAnalyticsHandler => {
  // Created at the first invocation, inside the function's scope: the service name is the function's.
  let logger = options.logger;
  return async (event) => {
    logger ??= createLogger('audit');
    const records = (event.Records ?? []).map(auditRecordOfStreamRecord).filter((record): record is AuditRecord => record !== undefined);
    try {
      await sinkOf().putAll(records);
    } catch (error) {
      logger.error('Analytics export failed; the mapping retries the batch', { records: records.length, error: error as Error });
      throw error;
    }
    return { batchItemFailures: [] };
  };
};

/** Lambda entry point (manifest stream consumer `audit-export-analytics`). */
export const handler = createExportAnalyticsHandler(analyticsSinkFromEnv);
