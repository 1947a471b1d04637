import { AppError, type AppErrorOptions } from './app-error';

/**
 * The request body has a content type the route does not accept (HTTP 415).
 *
 * @example
 * throw new UnsupportedMediaTypeError("Content-Type 'text/plain' is not supported; send application/json");
 */
export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super(message, { ...options, code: 'unsupported_media_type', statusCode: 415 });
    this.name = 'UnsupportedMediaTypeError';
  }
}
