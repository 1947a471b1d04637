import { decodePageToken, type PageTokenExpectation } from '@aircraftops/tables';

import { PAGE_TOKEN_FIELD, withDomainPageTokenError } from './with-domain-page-token-error';

/**
 * The `ExclusiveStartKey` a token of a single-query list stands for (`encodePageToken` of its last
 * key), checked against that query.
 * @throws InvalidPageTokenError (the domain's) for a token of another list, or an edited one.
 * @example
 * const start = decodeKeyToken(query.nextToken, jobsQueries.rowErrorsOfJob(jobId));
 */
export const decodeKeyToken = (token: string, query: PageTokenExpectation): Record<string, string> =>
  withDomainPageTokenError(() => decodePageToken(token, query, PAGE_TOKEN_FIELD));
