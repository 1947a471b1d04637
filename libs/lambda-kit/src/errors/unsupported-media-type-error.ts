import { AppError, type KindErrorOptions } from './app-error';

/**
 * The request body has a content type the route does not accept.
 *
 * @example
 * throw new UnsupportedMediaTypeError("Content-Type 'text/plain' is not supported; send application/json");
 */
export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string, options: KindErrorOptions = {}) {
    super(message, { ...options, code: options.code ?? 'unsupported_media_type', kind: 'unsupported_media_type' });
    this.name = 'UnsupportedMediaTypeError';
  }
}
