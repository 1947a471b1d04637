import { checkStartKey } from './check-start-key';
import { parsePageToken } from './parse-page-token';
import type { PageTokenExpectation } from './page-token-expectation';

/**
 * The `ExclusiveStartKey` a token of `encodePageToken` stands for, checked against the list it is used
 * on (see `checkStartKey`): pass the same key condition the page is queried with.
 * @throws InvalidPageTokenError naming `field` (default `nextToken`) and why the token was refused.
 * @example
 * const query = coreQueries.aircraftOfModel('2072738');
 * const exclusiveStartKey = decodePageToken(request.nextToken, query, 'query.nextToken');
 */
export const decodePageToken = (token: string, expectation: PageTokenExpectation, field = 'nextToken'): Record<string, string> =>
  checkStartKey(parsePageToken(token, field), expectation, field);
