import type { Logger } from '@aws-lambda-powertools/logger';

import { createLogger } from '../logger';

let logger: Logger | undefined;

/**
 * One process-wide logger for stacks built without one, created on first use (not at import).
 *
 * @example
 * const logger = options.logger ?? defaultBatchLogger();
 */
export const defaultBatchLogger = (): Logger =>
  (logger ??= createLogger(process.env['POWERTOOLS_SERVICE_NAME'] || 'aircraftops'));
