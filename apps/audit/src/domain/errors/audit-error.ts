/** Every code an audit error can carry; callers branch on these, never on messages. */
export type AuditErrorCode =
  | 'audit.invalidMessage'
  | 'audit.unsupportedSource'
  | 'audit.conflictingDuplicate'
  | 'audit.invalidPageToken';

/**
 * Base of the audit app's own errors: a stable `code`, and `cause` kept through `ErrorOptions`.
 * @example
 * catch (error) { if (error instanceof AuditError && error.code === 'audit.invalidPageToken') return badRequest(); }
 */
export class AuditError extends Error {
  override name = 'AuditError';
  readonly code: AuditErrorCode;

  constructor(code: AuditErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}
