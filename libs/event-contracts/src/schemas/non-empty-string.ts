import * as z from 'zod/mini';

/**
 * A string with at least one character: identifiers and codes, where an empty string is always a bug.
 *
 * @example
 * ```ts
 * const schema = z.object({ jobId: nonEmptyString() });
 * ```
 */
export function nonEmptyString() {
  return z.string().check(z.minLength(1));
}
