import { AuditChainHeadEntity, AuditEventEntity, tableNameFromEnv } from '@aircraftops/tables';

import { createDynamoDbAuditTrail, type DynamoDbAuditTrail } from './adapters';

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
export const auditTrail: DynamoDbAuditTrail = createDynamoDbAuditTrail({ AuditEvent: AuditEventEntity, AuditChainHead: AuditChainHeadEntity });
