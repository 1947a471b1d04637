import * as z from 'zod/mini';

/**
 * A job or schedule id in a path: what the table library accepts as an id (UUID/ULID-like), checked
 * here so a malformed id is a 400 on `path.id`, not an error from the key builder.
 * @example
 * const path = z.object({ id: idParam });
 */
export const idParam = z
  .string()
  .check(z.regex(/^[0-9A-Za-z][0-9A-Za-z_-]{0,127}$/, 'must be an id: 1-128 characters 0-9, A-Z, a-z, _ or -, not starting with _ or -'));
