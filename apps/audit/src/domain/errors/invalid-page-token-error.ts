import { AuditError } from './audit-error';

/**
 * A `nextToken` that this query did not issue: not base64url JSON, the wrong key attributes, or a
 * position outside the queried partition or range: a validation error on `query.nextToken`.
 * @example
 * throw new InvalidPageTokenError('it belongs to another list');
 */
export class InvalidPageTokenError extends AuditError {
  override name = 'InvalidPageTokenError';

  constructor(
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super('audit.invalidPageToken', `nextToken is not valid for this query: ${reason}`, {
      ...options,
      details: [{ field: 'query.nextToken', message: `nextToken is not valid for this query: ${reason}` }],
    });
  }
}
