export { AuditError, type AuditErrorCode } from './audit-error';
export { AuditEventNotFoundError } from './audit-event-not-found-error';
export { ChainContentionError } from './chain-contention-error';
export { ConflictingDuplicateError } from './conflicting-duplicate-error';
export { InvalidAuditMessageError } from './invalid-audit-message-error';
export { InvalidPageTokenError } from './invalid-page-token-error';
export { isAuditError } from './is-audit-error';
export { UnsupportedSourceError } from './unsupported-source-error';
