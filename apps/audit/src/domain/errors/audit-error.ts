import { AppError, type AppErrorOptions, type ErrorKind } from '@aircraftops/lambda-kit';

/** Every code an audit error can carry; callers branch on these, never on messages. */
export type AuditErrorCode =
  | 'audit.invalidMessage'
  | 'audit.unsupportedSource'
  | 'audit.conflictingDuplicate'
  | 'audit.invalidPageToken'
  | 'audit.chainContention'
  | 'audit.eventNotFound';

// What kind of failure each code is; the API edge (lambda-kit) alone turns a kind into a status. The
// consumer's errors never reach an API: they fail the message, which SQS retries, then keeps in the DLQ.
const KIND: Readonly<Record<AuditErrorCode, ErrorKind>> = {
  'audit.invalidMessage': 'validation',
  'audit.unsupportedSource': 'internal',
  'audit.conflictingDuplicate': 'conflict',
  'audit.invalidPageToken': 'validation',
  'audit.chainContention': 'conflict',
  'audit.eventNotFound': 'not_found',
};

/**
 * Base of the audit app's own errors: a stable, typed `code`, the kind of failure it is, and `cause`
 * kept through `ErrorOptions`.
 * @example
 * catch (error) { if (error instanceof AuditError && error.code === 'audit.invalidPageToken') return badRequest(); }
 */
export class AuditError extends AppError<AuditErrorCode> {
  override name = 'AuditError';

  constructor(code: AuditErrorCode, message: string, options?: AppErrorOptions) {
    super(message, { ...options, code, kind: KIND[code] });
  }
}
