import {
  decodePageToken,
  encodePageToken,
  type InvalidPageTokenError as TablesPageTokenError,
  isTablesError,
  type PageTokenExpectation,
} from '@aircraftops/tables';

import { InvalidPageTokenError, type Page, type PageRequest } from '../domain';

const FIELD = 'query.nextToken';

const exclusiveStartKeyOf = (token: string, query: PageTokenExpectation): Record<string, string> => {
  try {
    return decodePageToken(token, query, FIELD);
  } catch (error) {
    if (isTablesError(error, 'tables.invalidPageToken')) throw new InvalidPageTokenError((error as TablesPageTokenError).reason, { cause: error });
    throw error;
  }
};

/**
 * The dynamodb-toolbox Query options of a page request: `limit` and, after the first page, the
 * `exclusiveStartKey`, checked against the query it is used with.
 * @throws InvalidPageTokenError (a 400 on `query.nextToken`) for a token of another list, or an edited one.
 * @example
 * CoreTable.build(QueryCommand).entities(AircraftEntity).query(query).options(pageOptions(page, query));
 */
export const pageOptions = (page: PageRequest, query: PageTokenExpectation): { limit: number; exclusiveStartKey?: Record<string, string> } =>
  page.nextToken === undefined ? { limit: page.limit } : { limit: page.limit, exclusiveStartKey: exclusiveStartKeyOf(page.nextToken, query) };

/**
 * A page from a Query response.
 * @example
 * return toPage(await command.send());
 */
export const toPage = <T>(response: { readonly Items?: T[] | undefined; readonly LastEvaluatedKey?: Record<string, unknown> | undefined }): Page<T> => {
  const nextToken = encodePageToken(response.LastEvaluatedKey);
  return { items: response.Items ?? [], ...(nextToken === undefined ? {} : { nextToken }) };
};
