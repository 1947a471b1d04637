import { AppError, type AppErrorOptions } from './app-error';

/**
 * The caller is not authenticated: no token, or a token that is missing, expired or invalid (HTTP 401).
 *
 * @example
 * throw new UnauthorizedError('Token expired at 2025-01-01T00:00:00.000Z');
 */
export class UnauthorizedError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super(message, { ...options, code: 'unauthorized', statusCode: 401 });
    this.name = 'UnauthorizedError';
  }
}
