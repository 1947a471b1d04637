import { AppError, type AppErrorOptions } from './app-error';

/**
 * The process is misconfigured (a missing or invalid environment variable, an unreadable key file). Surfaces as a 500 at the API edge; at start-up it stops the process with a precise message.
 *
 * @example
 * throw new ConfigurationError('Missing required environment variable AIRCRAFTOPS_TABLE_NAME');
 */
export class ConfigurationError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super(message, { ...options, code: 'configuration', statusCode: 500 });
    this.name = 'ConfigurationError';
  }
}
