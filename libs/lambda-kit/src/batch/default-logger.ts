import type { Logger } from '@aws-lambda-powertools/logger';

import { defaultLogger } from '../logging/default-logger';

/**
 * The process-wide logger for batch stacks built without one (see `defaultLogger`).
 *
 * @example
 * const logger = options.logger ?? defaultBatchLogger();
 */
export const defaultBatchLogger = (): Logger => defaultLogger();
