import { AppError, type AppErrorOptions } from './app-error';

/**
 * The caller is authenticated but lacks the role the operation needs (HTTP 403).
 *
 * @example
 * throw new ForbiddenError("Role 'admin' required; the token grants 'viewer'");
 */
export class ForbiddenError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super(message, { ...options, code: 'forbidden', statusCode: 403 });
    this.name = 'ForbiddenError';
  }
}
