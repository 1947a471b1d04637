import path from 'node:path';

import { ConfigurationError, currentEnv, optionalEnv } from '@aircraftops/lambda-kit';
import { AuditChainHeadEntity, AuditEventEntity, AuditEventLookupEntity, tableNameFromEnv } from '@aircraftops/tables';

import { createDynamoDbAuditTrail, createNdjsonFileSink, type DynamoDbAuditTrail, ndjsonExportStatus } from './adapters';
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

/** Where the analytics files go under the platform's data folder (the declared `datasets` prefix). */
export const ANALYTICS_FOLDER = path.join('analytics', 'audit-events');

/**
 * The analytics sink of the invoking function's environment, per request: locally the NDJSON files under
 * the platform's data folder (`AIRCRAFTOPS_DATA_DIR`, which the local runtime gives functions with object
 * access) in `analytics/audit-events/dt=YYYY-MM-DD/`.
 * @throws ConfigurationError in the cloud (no data folder): the Firehose adapter is not written yet, since
 *   `@aws-sdk/client-firehose` is not installed (see the README).
 * @example
 * export const handler = createExportAnalyticsHandler(analyticsSinkFromEnv);
 */
export const analyticsSinkFromEnv = (): AnalyticsSink => createNdjsonFileSink(analyticsFolderFromEnv());

/**
 * What the export last did, read from the same folder (the health route).
 * @throws ConfigurationError in the cloud, as `analyticsSinkFromEnv`.
 * @example
 * await exportStatusFromEnv().lastExport();
 */
export const exportStatusFromEnv = (): ExportStatusReader => ndjsonExportStatus(analyticsFolderFromEnv());

const analyticsFolderFromEnv = (): string => {
  const dataDir = currentEnv()['AIRCRAFTOPS_DATA_DIR'];
  if (dataDir === undefined || dataDir.trim() === '') {
    throw new ConfigurationError(
      'No analytics sink: AIRCRAFTOPS_DATA_DIR is unset and the Firehose adapter is not available (@aws-sdk/client-firehose is not installed)',
    );
  }
  return path.join(dataDir, ANALYTICS_FOLDER);
};
