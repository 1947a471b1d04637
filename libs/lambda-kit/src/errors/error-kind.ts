/**
 * What kind of failure an error is, in words every layer understands: the caller's input is wrong
 * (`validation`), something does not exist (`not_found`), the state forbids it (`conflict`)… Domain
 * errors say which kind they are and nothing about transport; the HTTP edge alone turns a kind into a
 * status (see `httpStatusOf` in lambda-kit's http folder), so that mapping exists exactly once.
 *
 * `internal` and `configuration` are failures of the platform, never of the caller.
 *
 * @example
 * const kind: ErrorKind = 'not_found';
 */
export const ERROR_KINDS = [
  'validation',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'configuration',
  'internal',
] as const;

export type ErrorKind = (typeof ERROR_KINDS)[number];

/**
 * Whether `value` is one of the {@link ERROR_KINDS}.
 *
 * @example
 * isErrorKind('not_found'); // true
 */
export const isErrorKind = (value: unknown): value is ErrorKind => typeof value === 'string' && (ERROR_KINDS as readonly string[]).includes(value);
