import type { Logger } from '@aws-lambda-powertools/logger';

/** Options shared by the batch stacks. */
export interface BatchHandlerOptions {
  /** Where failed records are logged. Defaults to the logger of the function's `POWERTOOLS_SERVICE_NAME` (read through `currentEnv()`; else `aircraftops`). */
  readonly logger?: Logger;
}
