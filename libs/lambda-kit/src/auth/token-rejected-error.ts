import { type AppErrorOptions, UnauthorizedError } from '../errors';

/** Why a bearer token was refused. */
export type TokenRejectionReason =
  | 'missing'
  | 'malformed'
  | 'expired'
  | 'bad_signature'
  | 'bad_algorithm'
  | 'wrong_issuer'
  | 'wrong_audience'
  | 'invalid_claims';

/**
 * A bearer token was refused (HTTP 401). `reason` says why in a form a gateway can branch on (for a
 * `WWW-Authenticate` header); the message says it precisely for the human reading it.
 *
 * @example
 * catch (error) { if (error instanceof TokenRejectedError && error.reason === 'expired') refresh(); }
 */
export class TokenRejectedError extends UnauthorizedError {
  readonly reason: TokenRejectionReason;

  constructor(reason: TokenRejectionReason, message: string, options: AppErrorOptions = {}) {
    super(message, options);
    this.name = 'TokenRejectedError';
    this.reason = reason;
  }
}
