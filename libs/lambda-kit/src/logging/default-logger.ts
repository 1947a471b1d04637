import type { Logger } from '@aws-lambda-powertools/logger';

import { createLogger } from '../logger';

let logger: Logger | undefined;

/**
 * One process-wide logger for the stacks built without one, named by `POWERTOOLS_SERVICE_NAME` (or
 * `aircraftops`), created on first use (not at import, so a bad level fails the first invocation
 * with a clear message instead of the import).
 *
 * @example
 * const logger = options.logger ?? defaultLogger();
 */
export const defaultLogger = (): Logger => (logger ??= createLogger(process.env['POWERTOOLS_SERVICE_NAME'] || 'aircraftops'));
