/**
 * An AWS JSON 1.1 error: HTTP status plus `{"__type": ..., "message": ...}`, which the SDK turns into
 * an exception named `__type`.
 *
 * @example
 * ```ts
 * throw new AwsJsonError('ValidationException', 'Total size of the entries in the request is over the limit.');
 * ```
 */
export class AwsJsonError extends Error {
  override readonly name = 'AwsJsonError';

  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
