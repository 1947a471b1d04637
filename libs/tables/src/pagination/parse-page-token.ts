import { InvalidPageTokenError } from '../errors';

/**
 * A real token holds at most four keys of ≤ 2 KB (partition) or 1 KB (sort): ~6 KB of JSON, ~8.3 KB
 * in base64url. Far above that, far below abuse.
 */
export const MAX_PAGE_TOKEN_LENGTH = 12_000;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * The JSON object a token holds, not yet checked against any list: for tokens that wrap a key with
 * list state of their own, to be checked with `checkStartKey`. Plain key tokens use `decodePageToken`.
 * @throws InvalidPageTokenError naming `field` when the token is not base64url JSON of an object.
 * @example
 * const { s: status, k: key } = parsePageToken(token, 'query.nextToken');
 */
export const parsePageToken = (token: string, field = 'nextToken'): Record<string, unknown> => {
  if (token.length === 0 || token.length > MAX_PAGE_TOKEN_LENGTH || !BASE64URL.test(token)) {
    throw new InvalidPageTokenError(field, `expected 1-${MAX_PAGE_TOKEN_LENGTH} base64url characters`);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch (error) {
    throw new InvalidPageTokenError(field, 'it does not decode to JSON', { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidPageTokenError(field, 'it does not decode to a key');
  }
  return value as Record<string, unknown>;
};
