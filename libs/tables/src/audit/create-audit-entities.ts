import type { AuditEventsTableType } from '../tables';
import { createAuditChainHeadEntity } from './audit-chain-head.entity';
import { createAuditEventEntity } from './audit-event.entity';
import { createAuditEventLookupEntity } from './audit-event-lookup.entity';

/**
 * Every AuditEventsTable entity bound to one table instance.
 * @example
 * const { AuditEvent, AuditChainHead, AuditEventLookup } = createAuditEntities(tables.AuditEventsTable);
 */
export const createAuditEntities = (table: AuditEventsTableType) => ({
  AuditEvent: createAuditEventEntity(table),
  AuditChainHead: createAuditChainHeadEntity(table),
  AuditEventLookup: createAuditEventLookupEntity(table),
});

export type AuditEntities = ReturnType<typeof createAuditEntities>;
