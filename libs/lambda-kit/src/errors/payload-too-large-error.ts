import { AppError, type AppErrorOptions } from './app-error';

/**
 * The request body exceeds the size the route accepts (HTTP 413).
 *
 * @example
 * throw new PayloadTooLargeError('Request body is 2000000 bytes; the limit is 1048576');
 */
export class PayloadTooLargeError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super(message, { ...options, code: 'payload_too_large', statusCode: 413 });
    this.name = 'PayloadTooLargeError';
  }
}
