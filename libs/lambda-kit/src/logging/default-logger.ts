import type { Logger } from '@aws-lambda-powertools/logger';

import { createLogger } from '../logger';
import { serviceNameFromEnv } from './service-name';

// One logger per service name, not one per process: locally the functions of every app share this
// module, and a single cached logger would name all of them after the first function that logged.
const loggers = new Map<string, Logger>();

/**
 * The logger of the stacks built without one, named by the current function's `POWERTOOLS_SERVICE_NAME`
 * (or `aircraftops`; see `serviceNameFromEnv`), created on first use (not at import, so a bad level
 * fails the first invocation with a clear message instead of the import) and shared by the functions
 * of that service.
 *
 * @example
 * const logger = options.logger ?? defaultLogger();
 */
export const defaultLogger = (): Logger => {
  const serviceName = serviceNameFromEnv();
  let logger = loggers.get(serviceName);
  if (!logger) loggers.set(serviceName, (logger = createLogger(serviceName)));
  return logger;
};
