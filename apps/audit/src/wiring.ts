import { optionalEnv } from '@aircraftops/lambda-kit';
import { AuditChainHeadEntity, AuditEventEntity, AuditEventLookupEntity, tableNameFromEnv } from '@aircraftops/tables';

import { createDynamoDbAuditTrail, type DynamoDbAuditTrail } from './adapters';
import { DEFAULT_RETENTION_CONFIG, parseRetentionConfig, RETENTION_ENV, type RetentionPolicy } from './domain';

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
