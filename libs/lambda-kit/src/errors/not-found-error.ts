import { AppError, type AppErrorOptions } from './app-error';

/**
 * The addressed entity does not exist (HTTP 404).
 *
 * @example
 * throw new NotFoundError('Aircraft N12345 not found');
 */
export class NotFoundError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super(message, { ...options, code: 'not_found', statusCode: 404 });
    this.name = 'NotFoundError';
  }
}
