/**
 * A control-API failure: the HTTP status and the `{ error: { code, message } }` body to answer with.
 *
 * @example
 * ```ts
 * throw new ControlApiError(405, 'methodNotAllowed', 'Use GET for this endpoint, not POST.');
 * ```
 */
export class ControlApiError extends Error {
  override readonly name = 'ControlApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Throws a 405 unless the request used `expected`. */
export function expectMethod(actual: string, expected: string): void {
  if (actual !== expected) throw new ControlApiError(405, 'methodNotAllowed', `Use ${expected} for this endpoint, not ${actual}.`);
}
