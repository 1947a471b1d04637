import { AuditError } from './audit-error';

/**
 * An SQS message body is not an EventBridge event the audit trail can key: not JSON, not the
 * envelope, or a `detail` without the platform metadata. The message fails and, after its retries,
 * rests in the DLQ with its full payload.
 * @example
 * throw new InvalidAuditMessageError(['detail.metadata.eventId: expected string, received undefined']);
 */
export class InvalidAuditMessageError extends AuditError {
  override name = 'InvalidAuditMessageError';

  constructor(
    readonly problems: readonly string[],
    options?: ErrorOptions,
  ) {
    super('audit.invalidMessage', `Not an auditable EventBridge event: ${problems.join('; ')}`, options);
  }
}
