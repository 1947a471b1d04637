import { validateId } from './identifiers';

/**
 * Keys of the `AuditEventLookup` item: one per recorded event, addressed by its event id alone, pointing at
 * the record (whose key also needs the entity and `occurredAt`). A key design, not an index: the
 * "event by id" pattern costs two GetItems and no GSI on the audit table.
 * @example
 * auditEventLookupKeys.primary('7b1f0a3c'); // { PK: 'EVENTID#7b1f0a3c', SK: 'EVENTID' }
 */
export const auditEventLookupKeys = {
  primary: (eventId: unknown) => ({ PK: `EVENTID#${validateId(eventId, 'eventId')}`, SK: 'EVENTID' }),
};
