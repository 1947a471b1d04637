import type { Logger } from '@aws-lambda-powertools/logger';

import { defaultLogger } from '../logging/default-logger';

/**
 * The logger of batch stacks built without one: the current function's service logger (see
 * `defaultLogger`, named by `POWERTOOLS_SERVICE_NAME` read through `currentEnv()`).
 *
 * @example
 * const logger = options.logger ?? defaultBatchLogger();
 */
export const defaultBatchLogger = (): Logger => defaultLogger();
