/** The header a caller (or an upstream service) sets to tie its requests together. */
export const CORRELATION_ID_HEADER = 'x-correlation-id';

// The id rule of the table library's keys: a correlation id becomes an audit index key, so it must
// be one (and it keeps log lines free of injected separators).
const CORRELATION_ID = /^[0-9A-Za-z][0-9A-Za-z_-]{0,127}$/;

/** What {@link isCorrelationId} accepts, in words for error messages. */
export const CORRELATION_ID_RULE = '1-128 characters 0-9/A-Z/a-z/_/-, starting with a letter or digit';

/**
 * Whether `value` is a usable correlation id: the one rule every stack and app applies.
 *
 * @example
 * isCorrelationId('req-1'); // true
 * isCorrelationId('a b'); // false
 */
export const isCorrelationId = (value: unknown): value is string => typeof value === 'string' && CORRELATION_ID.test(value);
