import * as z from 'zod/mini';

import { PAGE_LIMITS } from './page-limits';

const LIMIT_MESSAGE = `must be an integer from ${PAGE_LIMITS.min} to ${PAGE_LIMITS.max}`;

/**
 * A real token is at most ~8.3 KB (four keys of ≤ 2 KB / 1 KB, base64url JSON, see libs/tables
 * pagination); this bound only keeps absurd input away from the decoder, which checks the rest.
 */
const MAX_TOKEN_LENGTH = 12_000;

/** Why `token` cannot be one a page returned (base64url JSON of an object), or `undefined`. */
const tokenProblem = (token: string): string | undefined => {
  if (token.length > MAX_TOKEN_LENGTH) return 'too long';
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return 'not base64url';
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? undefined : 'not an encoded position';
  } catch {
    return 'not an encoded position';
  }
};

/** What a page request is once validated: the size, and the opaque token of the previous page. */
export interface PageRequest {
  readonly limit: number;
  readonly nextToken?: string | undefined;
}

/**
 * The paging parameters of every list route, to spread into a query schema: `limit` (1–100, default
 * 25) and `nextToken`, the opaque token a previous page returned. Garbage (not base64url JSON of an
 * object) is refused here; whether the token belongs to the list is checked by the shared codec
 * (`decodePageToken` of `@aircraftops/tables`) against the list it is used on.
 *
 * @example
 * const query = z.strictObject({ status: z.optional(z.enum(JOB_STATUSES)), ...pageQueryShape });
 */
export const pageQueryShape = {
  limit: z._default(
    z
      .pipe(z.string().check(z.regex(/^\d{1,4}$/, LIMIT_MESSAGE)), z.transform(Number))
      .check(z.gte(PAGE_LIMITS.min, LIMIT_MESSAGE), z.lte(PAGE_LIMITS.max, LIMIT_MESSAGE)),
    PAGE_LIMITS.default,
  ),
  nextToken: z.optional(
    z.string().check(
      z.superRefine((token, context) => {
        const problem = tokenProblem(token);
        if (problem !== undefined) context.addIssue({ code: 'custom', message: `is not a token a page returned: ${problem}`, input: token });
      }),
    ),
  ),
};

/**
 * A query of paging parameters only.
 *
 * @example
 * httpHandler({ role: 'viewer', query: pageQuery }, ({ query }) => listSchedules(query, ports));
 */
export const pageQuery = z.strictObject(pageQueryShape);
