import type { AuditRecord } from '../record';

/** Port: one audit record by its event id (expired or not: the use case decides). */
export interface AuditEventFinder {
  findEvent(eventId: string): Promise<AuditRecord | undefined>;
}
