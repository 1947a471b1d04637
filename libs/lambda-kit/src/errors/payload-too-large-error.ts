import { AppError, type KindErrorOptions } from './app-error';

/**
 * The request body exceeds the size the route accepts.
 *
 * @example
 * throw new PayloadTooLargeError('Request body is 2000000 bytes; the limit is 1048576');
 */
export class PayloadTooLargeError extends AppError {
  constructor(message: string, options: KindErrorOptions = {}) {
    super(message, { ...options, code: options.code ?? 'payload_too_large', kind: 'payload_too_large' });
    this.name = 'PayloadTooLargeError';
  }
}
