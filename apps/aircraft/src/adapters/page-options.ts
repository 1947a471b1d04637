import type { Page, PageRequest } from '../domain';
import { decodePageToken, encodePageToken, type PagedQuery } from './page-token';

/**
 * The dynamodb-toolbox Query options of a page request: `limit` and, after the first page, the
 * validated `exclusiveStartKey`.
 * @example
 * CoreTable.build(QueryCommand).entities(AircraftEntity).query(query).options(pageOptions(page, query));
 */
export const pageOptions = (page: PageRequest, query: PagedQuery): { limit: number; exclusiveStartKey?: Record<string, string> } =>
  page.nextToken === undefined ? { limit: page.limit } : { limit: page.limit, exclusiveStartKey: decodePageToken(page.nextToken, query) };

/**
 * A page from a Query response.
 * @example
 * return toPage(await command.send());
 */
export const toPage = <T>(response: { readonly Items?: T[] | undefined; readonly LastEvaluatedKey?: Record<string, unknown> | undefined }): Page<T> => {
  const nextToken = encodePageToken(response.LastEvaluatedKey);
  return { items: response.Items ?? [], ...(nextToken === undefined ? {} : { nextToken }) };
};
