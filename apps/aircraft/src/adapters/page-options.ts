import { decodePageToken, encodePageToken, type PageTokenExpectation } from '@aircraftops/tables';

import type { Page, PageRequest } from '../domain';

/**
 * The dynamodb-toolbox Query options of a page request: `limit` and, after the first page, the
 * `exclusiveStartKey`, checked by the shared page-token codec against the query it is used with.
 * @throws InvalidPageTokenError of `@aircraftops/tables` (a validation error on `query.nextToken`) for a
 * token of another list, or an edited one.
 * @example
 * CoreTable.build(QueryCommand).entities(AircraftEntity).query(query).options(pageOptions(page, query));
 */
export const pageOptions = (page: PageRequest, query: PageTokenExpectation): { limit: number; exclusiveStartKey?: Record<string, string> } =>
  page.nextToken === undefined
    ? { limit: page.limit }
    : { limit: page.limit, exclusiveStartKey: decodePageToken(page.nextToken, query, 'query.nextToken') };

/**
 * A page from a Query response.
 * @example
 * return toPage(await command.send());
 */
export const toPage = <T>(response: { readonly Items?: T[] | undefined; readonly LastEvaluatedKey?: Record<string, unknown> | undefined }): Page<T> => {
  const nextToken = encodePageToken(response.LastEvaluatedKey);
  return { items: response.Items ?? [], ...(nextToken === undefined ? {} : { nextToken }) };
};
