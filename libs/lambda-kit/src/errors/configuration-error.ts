import { AppError, type KindErrorOptions } from './app-error';

/**
 * The process is misconfigured (a missing or invalid environment variable, an unreadable key file). A platform fault (an opaque 500 at the API edge); at start-up it stops the process with a precise message.
 *
 * @example
 * throw new ConfigurationError('Missing required environment variable AIRCRAFTOPS_TABLE_NAME');
 */
export class ConfigurationError extends AppError {
  constructor(message: string, options: KindErrorOptions = {}) {
    super(message, { ...options, code: options.code ?? 'configuration', kind: 'configuration' });
    this.name = 'ConfigurationError';
  }
}
