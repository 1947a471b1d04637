import { AppError, type AppErrorOptions } from './app-error';
import type { ErrorDetail } from './error-detail';

/** Options of {@link ValidationError}. */
export interface ValidationErrorOptions extends Omit<AppErrorOptions, 'details'> {
  readonly message?: string;
  /** A more precise code than `validation` (`ingestion.datasetPath`). */
  readonly code?: string;
}

/**
 * The input is invalid. `details` lists every problem with the field it concerns, so a client can
 * point at each bad field at once instead of fixing them one round trip at a time.
 *
 * @example
 * throw new ValidationError([{ field: 'body.nNumber', message: 'Must start with N' }]);
 * // message: "Invalid request: body.nNumber: Must start with N"
 */
export class ValidationError extends AppError {
  declare readonly details: readonly ErrorDetail[];

  constructor(details: readonly ErrorDetail[], options: ValidationErrorOptions = {}) {
    if (details.length === 0) throw new TypeError('ValidationError needs at least one detail');
    const { message: given, code = 'validation', ...rest } = options;
    const message = given ?? `Invalid request: ${details.map((d) => `${d.field}: ${d.message}`).join('; ')}`;
    super(message, { ...rest, details, code, kind: 'validation' });
    this.name = 'ValidationError';
  }
}
