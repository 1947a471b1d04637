import path from 'node:path';

import { ConfigurationError, currentEnv, optionalEnv } from '@aircraftops/lambda-kit';
import { AuditChainHeadEntity, AuditEventEntity, AuditEventLookupEntity, tableNameFromEnv } from '@aircraftops/tables';

import { createDynamoDbAuditTrail, createFirehoseSink, createNdjsonFileSink, type DynamoDbAuditTrail, firehoseClientFromEnv, ndjsonExportStatus } from './adapters';
import { type AnalyticsSink, DEFAULT_RETENTION_CONFIG, type ExportStatusReader, parseRetentionConfig, RETENTION_ENV, type RetentionPolicy } from './domain';

// Every audit function reads or writes AuditEventsTable: without its name a function fails at cold start,
// naming the variable.
tableNameFromEnv('AuditEventsTable');

/**
 * The composition root: adapters bound to the environment's AuditEventsTable (`AIRCRAFTOPS_AUDIT_TABLE`,
 * `AIRCRAFTOPS_DYNAMODB_ENDPOINT`, `AWS_REGION`), read at the first request and then reused by
 * warm invocations. Importing it opens no connection.
 * @example
 * export const handler = createRecordAuditEventHandler({ store: auditTrail, now: () => new Date() });
 */
export const auditTrail: DynamoDbAuditTrail = createDynamoDbAuditTrail({
  AuditEvent: AuditEventEntity,
  AuditChainHead: AuditChainHeadEntity,
  AuditEventLookup: AuditEventLookupEntity,
});

/**
 * The retention policy of the invoking function's environment (`AIRCRAFTOPS_AUDIT_RETENTION`, declared in
 * the manifest), read per request; the documented defaults when unset.
 * @throws ConfigurationError naming the variable when it cannot be read: better than records kept wrongly.
 * @example
 * export const handler = createRecordAuditEventHandler({ store: auditTrail, now: () => new Date(), retention: retentionFromEnv });
 */
export const retentionFromEnv = (): RetentionPolicy => parseRetentionConfig(optionalEnv(RETENTION_ENV, DEFAULT_RETENTION_CONFIG));

/**
 * The delivery stream's name in the cloud: the variable `environmentOf` sets for a `firehose` grant on
 * `audit-analytics` (declarations' `DELIVERY_STREAM_ENV`; a manifest test keeps the two equal). Not imported
 * from there: the declarations library has no business in a function's bundle.
 */
export const ANALYTICS_STREAM_ENV = 'AIRCRAFTOPS_ANALYTICS_STREAM';

/** Where the analytics files go under the platform's data folder (locally, in place of the delivery stream). */
export const ANALYTICS_FOLDER = path.join('analytics', 'audit-events');

/**
 * The analytics sink of the invoking function's environment, per request: locally the NDJSON files under
 * the platform's data folder (`AIRCRAFTOPS_DATA_DIR`, which the local runtime gives a function with Firehose
 * access in place of the stream) in `analytics/audit-events/dt=YYYY-MM-DD/`; in the cloud the declared
 * delivery stream (`AIRCRAFTOPS_ANALYTICS_STREAM`).
 * @throws ConfigurationError when the environment names neither.
 * @example
 * export const handler = createExportAnalyticsHandler(analyticsSinkFromEnv);
 */
export const analyticsSinkFromEnv = (): AnalyticsSink => {
  const env = currentEnv();
  const dataDir = env['AIRCRAFTOPS_DATA_DIR']?.trim();
  if (dataDir) return createNdjsonFileSink(path.join(dataDir, ANALYTICS_FOLDER));
  const stream = env[ANALYTICS_STREAM_ENV]?.trim();
  if (stream) return createFirehoseSink(firehoseClientFromEnv(env), stream);
  throw new ConfigurationError(`No analytics sink: set AIRCRAFTOPS_DATA_DIR (local) or ${ANALYTICS_STREAM_ENV} (the delivery stream)`);
};

/** In the cloud the export writes no status of its own: Firehose delivers, and CloudWatch measures it. */
const CLOUD_EXPORT_STATUS: ExportStatusReader = {
  lastExport: async () => ({
    available: false,
    reason: "Firehose delivers the records in the cloud: see the delivery stream's DeliveryToS3.DataFreshness and DeliveryToS3.Success metrics",
  }),
};

/**
 * What the export last did: locally the status file beside the NDJSON folders; in the cloud unavailable, and why.
 * @example
 * await exportStatusFromEnv().lastExport();
 */
export const exportStatusFromEnv = (): ExportStatusReader => {
  const dataDir = currentEnv()['AIRCRAFTOPS_DATA_DIR']?.trim();
  return dataDir ? ndjsonExportStatus(path.join(dataDir, ANALYTICS_FOLDER)) : CLOUD_EXPORT_STATUS;
};
