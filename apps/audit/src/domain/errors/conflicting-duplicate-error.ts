import { AuditError } from './audit-error';

/**
 * An event arrived with the `eventId` (and key) of a recorded one but different content. A redelivery
 * is identical, so this is a producer bug; failing keeps the second version in the DLQ instead of
 * dropping it as a duplicate.
 * @example
 * throw new ConflictingDuplicateError('7b1f0a3c', ['data']);
 */
export class ConflictingDuplicateError extends AuditError {
  override name = 'ConflictingDuplicateError';

  constructor(
    readonly eventId: string,
    readonly differingFields: readonly string[],
  ) {
    super(
      'audit.conflictingDuplicate',
      `Event ${eventId} is already recorded with different ${differingFields.join(', ')}; the new version was not written`,
    );
  }
}
