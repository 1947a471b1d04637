import type { AuditError, AuditErrorCode } from './audit-error';

/**
 * Structural guard (safe across duplicated module copies), optionally narrowed by code.
 * @example
 * if (isAuditError(error, 'audit.invalidPageToken')) throw new ValidationError([...]);
 */
export const isAuditError = (error: unknown, code?: AuditErrorCode): error is AuditError =>
  error instanceof Error &&
  typeof (error as Partial<AuditError>).code === 'string' &&
  (error as AuditError).code.startsWith('audit.') &&
  (code === undefined || (error as AuditError).code === code);
