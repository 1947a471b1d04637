import { AuditError } from './audit-error';

/**
 * No audit record with this event id, or only an expired one (retention ended: it is no longer answered).
 * @example
 * throw new AuditEventNotFoundError('7b1f0a3c');
 */
export class AuditEventNotFoundError extends AuditError {
  override name = 'AuditEventNotFoundError';

  constructor(readonly eventId: string) {
    super('audit.eventNotFound', `No audit record of event ${eventId}`);
  }
}
