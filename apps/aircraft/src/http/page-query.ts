import { PAGE_LIMITS } from '../domain';
import { z } from './zod';

const LIMIT_MESSAGE = `must be an integer from ${PAGE_LIMITS.min} to ${PAGE_LIMITS.max}`;

/**
 * The paging parameters of every list route: `limit` (default 25) and the opaque `nextToken` a
 * previous page returned (checked against the list by the adapter).
 * @example
 * const query = z.strictObject({ manufacturer: nameQuery, ...pageQuery });
 */
export const pageQuery = {
  limit: z._default(
    z
      .pipe(z.string().check(z.regex(/^\d{1,4}$/, LIMIT_MESSAGE)), z.transform(Number))
      .check(z.gte(PAGE_LIMITS.min, LIMIT_MESSAGE), z.lte(PAGE_LIMITS.max, LIMIT_MESSAGE)),
    PAGE_LIMITS.default,
  ),
  nextToken: z.optional(z.string().check(z.minLength(1, 'must not be empty'))),
};
