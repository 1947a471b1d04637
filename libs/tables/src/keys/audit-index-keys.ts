import { auditEventKeys } from './audit-keys';
import type { IndexKeys } from './index-keys';

/**
 * The index keys of an `AuditEvent`: by actor (GSI1), by detail-type per UTC day (GSI2), by
 * correlation id (GSI3); each sorted by `<occurredAt>#<eventId>`.
 * @example
 * auditEventIndexKeys(event).GSI2PK; // 'TYPE#AircraftUpdated#2025-03-01'
 */
export const auditEventIndexKeys = (item: {
  readonly eventId: string;
  readonly occurredAt: string;
  readonly detailType: string;
  readonly correlationId: string;
  readonly actor: { readonly type: string; readonly id: string };
}): IndexKeys => {
  const sortKey = auditEventKeys.sortKey(item.occurredAt, item.eventId);
  return {
    GSI1PK: auditEventKeys.actorPartition(item.actor.type, item.actor.id),
    GSI1SK: sortKey,
    GSI2PK: auditEventKeys.typeDayPartition(item.detailType, item.occurredAt.slice(0, 10)),
    GSI2SK: sortKey,
    GSI3PK: auditEventKeys.correlationPartition(item.correlationId),
    GSI3SK: sortKey,
  };
};
