import { z } from './zod';

export const PAGE_LIMIT = { min: 1, max: 100, default: 25 } as const;
const LIMIT_MESSAGE = `must be an integer from ${PAGE_LIMIT.min} to ${PAGE_LIMIT.max}`;
const MAX_TOKEN_LENGTH = 4096;

const isEncodedObject = (token: string): boolean => {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
};

/**
 * The paging parameters of the list routes: `limit` (default 25) and the opaque `nextToken` of the
 * previous page. A token is checked here to be what pages hand out (base64url JSON of a key) so
 * garbage is a 400 on `query.nextToken`; the adapter checks that it belongs to the list.
 * @example
 * const query = z.strictObject({ status: z.optional(statusQuery), ...pageQuery });
 */
export const pageQuery = {
  limit: z._default(
    z
      .pipe(z.string().check(z.regex(/^\d{1,4}$/, LIMIT_MESSAGE)), z.transform(Number))
      .check(z.gte(PAGE_LIMIT.min, LIMIT_MESSAGE), z.lte(PAGE_LIMIT.max, LIMIT_MESSAGE)),
    PAGE_LIMIT.default,
  ),
  nextToken: z.optional(
    z.string().check(
      z.superRefine((token, context) => {
        const problem =
          token.length > MAX_TOKEN_LENGTH ? 'too long' : !/^[A-Za-z0-9_-]+$/.test(token) ? 'not base64url' : !isEncodedObject(token) ? 'not an encoded key' : undefined;
        if (problem !== undefined) context.addIssue({ code: 'custom', message: `is not a token a page returned: ${problem}`, input: token });
      }),
    ),
  ),
};
