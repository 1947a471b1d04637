import { AppError } from './app-error';
import type { ErrorDetail } from './error-detail';

/**
 * The input is invalid (HTTP 400). `details` lists every problem with the field it concerns, so a
 * client can point at each bad field at once instead of fixing them one round trip at a time.
 *
 * @example
 * throw new ValidationError([{ field: 'body.nNumber', message: 'Must start with N' }]);
 * // message: "Invalid request: body.nNumber: Must start with N"
 */
export class ValidationError extends AppError {
  declare readonly details: readonly ErrorDetail[];

  constructor(details: readonly ErrorDetail[], options: ErrorOptions & { readonly message?: string } = {}) {
    if (details.length === 0) throw new TypeError('ValidationError needs at least one detail');
    const message = options.message ?? `Invalid request: ${details.map((d) => `${d.field}: ${d.message}`).join('; ')}`;
    super(message, { ...options, details, code: 'validation', statusCode: 400 });
    this.name = 'ValidationError';
  }
}
