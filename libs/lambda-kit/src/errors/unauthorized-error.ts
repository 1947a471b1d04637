import { AppError, type KindErrorOptions } from './app-error';

/**
 * The caller is not authenticated: no token, or a token that is missing, expired or invalid.
 *
 * @example
 * throw new UnauthorizedError('Token expired at 2025-01-01T00:00:00.000Z');
 */
export class UnauthorizedError extends AppError {
  constructor(message: string, options: KindErrorOptions = {}) {
    super(message, { ...options, code: options.code ?? 'unauthorized', kind: 'unauthorized' });
    this.name = 'UnauthorizedError';
  }
}
