import { AppError, type KindErrorOptions } from './app-error';

/**
 * The operation conflicts with the current state, e.g. a failed conditional write. Keep the store exception as `cause`.
 *
 * @example
 * throw new ConflictError('Aircraft N12345 already exists', { cause: conditionalCheckFailed });
 */
export class ConflictError extends AppError {
  constructor(message: string, options: KindErrorOptions = {}) {
    super(message, { ...options, code: options.code ?? 'conflict', kind: 'conflict' });
    this.name = 'ConflictError';
  }
}
