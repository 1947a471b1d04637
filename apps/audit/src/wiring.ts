import { AuditEventEntity } from '@aircraftops/tables';

import { createDynamoDbAuditTrail, type DynamoDbAuditTrail } from './adapters';

/**
 * The composition root: adapters bound to the environment's AuditEventsTable (`AIRCRAFTOPS_AUDIT_TABLE`,
 * `AIRCRAFTOPS_DYNAMODB_ENDPOINT`, `AWS_REGION`), read at the first request and then reused by
 * warm invocations. Importing it opens no connection.
 * @example
 * export const handler = createRecordAuditEventHandler({ store: auditTrail, now: () => new Date() });
 */
export const auditTrail: DynamoDbAuditTrail = createDynamoDbAuditTrail(AuditEventEntity);
