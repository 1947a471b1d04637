import type { Logger } from '@aws-lambda-powertools/logger';

/** Options shared by the batch stacks. */
export interface BatchHandlerOptions {
  /** Where failed records are logged. Defaults to a logger for `POWERTOOLS_SERVICE_NAME` (or `aircraftops`). */
  readonly logger?: Logger;
}
