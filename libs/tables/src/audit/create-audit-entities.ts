import type { AuditEventsTableType } from '../tables';
import { createAuditChainHeadEntity } from './audit-chain-head.entity';
import { createAuditEventEntity } from './audit-event.entity';

/**
 * Every AuditEventsTable entity bound to one table instance.
 * @example
 * const { AuditEvent, AuditChainHead } = createAuditEntities(tables.AuditEventsTable);
 */
export const createAuditEntities = (table: AuditEventsTableType) => ({
  AuditEvent: createAuditEventEntity(table),
  AuditChainHead: createAuditChainHeadEntity(table),
});

export type AuditEntities = ReturnType<typeof createAuditEntities>;
