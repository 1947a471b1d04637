import { TokenRejectedError } from './token-rejected-error';

/**
 * The token in an `Authorization: Bearer <token>` header value (scheme case-insensitive).
 *
 * @throws TokenRejectedError `missing` without a header, `malformed` for another scheme or shape.
 * @example
 * bearerToken('Bearer eyJhbGciOi…'); // 'eyJhbGciOi…'
 */
export const bearerToken = (authorizationHeader: string | undefined): string => {
  if (authorizationHeader === undefined || authorizationHeader.trim() === '') {
    throw new TokenRejectedError('missing', 'Missing Authorization header');
  }
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorizationHeader.trim());
  if (!match?.[1]) {
    throw new TokenRejectedError('malformed', "Authorization header must be 'Bearer <token>'");
  }
  return match[1];
};
