import { CliError } from './cli-error';
import { EXIT_FAILURE } from './exit-codes';

/**
 * The local platform's control API answered with an error (`{ error: { code, message } }`), or could
 * not be reached. `code` is the server's (`eventbridge.unknownRule`, …) or `unreachable`.
 *
 * @example
 * ```ts
 * try { await client.deadLetters('nope'); } catch (error) {
 *   if (error instanceof ControlApiError && error.code === 'eventbridge.unknownRule') { ... }
 * }
 * ```
 */
export class ControlApiError extends CliError {
  override readonly name = 'ControlApiError';

  constructor(
    readonly code: string,
    readonly status: number | undefined,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, EXIT_FAILURE, options);
  }
}
