import type { ErrorKind } from '../errors';

// The one code → status mapping of the platform: errors say what kind of failure they are, and only
// this edge knows HTTP. `internal` and `configuration` are the platform's faults, never the caller's.
const STATUS: Readonly<Record<ErrorKind, number>> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  configuration: 500,
  internal: 500,
};

/**
 * The HTTP status that answers an error of `kind`.
 *
 * @example
 * httpStatusOf('not_found'); // 404
 */
export const httpStatusOf = (kind: ErrorKind): number => STATUS[kind];
