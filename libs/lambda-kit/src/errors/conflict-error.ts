import { AppError, type AppErrorOptions } from './app-error';

/**
 * The operation conflicts with the current state, e.g. a failed conditional write (HTTP 409). Keep the store exception as `cause`.
 *
 * @example
 * throw new ConflictError('Aircraft N12345 already exists', { cause: conditionalCheckFailed });
 */
export class ConflictError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super(message, { ...options, code: 'conflict', statusCode: 409 });
    this.name = 'ConflictError';
  }
}
