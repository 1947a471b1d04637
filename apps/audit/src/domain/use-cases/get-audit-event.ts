import { AuditEventNotFoundError } from '../errors';
import type { AuditEventFinder } from '../ports';
import type { AuditRecord } from '../record';

/** What looking an event up needs from outside. */
export interface GetAuditEventPorts {
  readonly events: AuditEventFinder;
  readonly now: () => Date;
}

/**
 * The audit record of one event. An expired record is not answered, even before TTL removes it.
 * @throws AuditEventNotFoundError when there is none, or only an expired one.
 * @example
 * const record = await getAuditEvent('7b1f0a3c', { events: auditTrail, now: () => new Date() });
 */
export const getAuditEvent = async (eventId: string, ports: GetAuditEventPorts): Promise<AuditRecord> => {
  const record = await ports.events.findEvent(eventId);
  if (record === undefined || record.expiresAt <= Math.floor(ports.now().getTime() / 1000)) throw new AuditEventNotFoundError(eventId);
  return record;
};
