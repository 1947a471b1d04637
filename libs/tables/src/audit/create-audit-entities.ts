import type { AuditEventsTableType } from '../tables';
import { createAuditEventEntity } from './audit-event.entity';

/**
 * Every AuditEventsTable entity bound to one table instance.
 * @example
 * const { AuditEvent } = createAuditEntities(tables.AuditEventsTable);
 */
export const createAuditEntities = (table: AuditEventsTableType) => ({ AuditEvent: createAuditEventEntity(table) });

export type AuditEntities = ReturnType<typeof createAuditEntities>;
