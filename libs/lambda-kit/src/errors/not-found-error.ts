import { AppError, type KindErrorOptions } from './app-error';

/**
 * The addressed entity does not exist.
 *
 * @example
 * throw new NotFoundError('Aircraft N12345 not found');
 */
export class NotFoundError extends AppError {
  constructor(message: string, options: KindErrorOptions = {}) {
    super(message, { ...options, code: options.code ?? 'not_found', kind: 'not_found' });
    this.name = 'NotFoundError';
  }
}
