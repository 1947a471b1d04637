import { CliError } from '../../support/cli-error';
import { EXIT_FAILURE } from '../../support/exit-codes';

/** One field the API found wrong (`body.files[0].key`). */
export interface ApiErrorDetail {
  readonly field: string;
  readonly message: string;
}

/**
 * The ingestion API answered with an error (`{ error: { code, message, details } }`) or could not be
 * reached (`code` `unreachable`).
 * @example
 * if (error instanceof IngestionApiError && error.status === 404) ...
 */
export class IngestionApiError extends CliError {
  override readonly name = 'IngestionApiError';

  constructor(
    readonly code: string,
    readonly status: number | undefined,
    message: string,
    readonly details: readonly ApiErrorDetail[] = [],
    options?: ErrorOptions,
  ) {
    super(message, EXIT_FAILURE, options);
  }
}
