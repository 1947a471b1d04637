import { AppError, type KindErrorOptions } from './app-error';

/**
 * The caller is authenticated but lacks the role the operation needs.
 *
 * @example
 * throw new ForbiddenError("Role 'admin' required; the token grants 'viewer'");
 */
export class ForbiddenError extends AppError {
  constructor(message: string, options: KindErrorOptions = {}) {
    super(message, { ...options, code: options.code ?? 'forbidden', kind: 'forbidden' });
    this.name = 'ForbiddenError';
  }
}
