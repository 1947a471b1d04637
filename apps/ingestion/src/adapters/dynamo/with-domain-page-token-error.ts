import { type InvalidPageTokenError as TablesPageTokenError, isTablesError } from '@aircraftops/tables';

import { InvalidPageTokenError } from '../../domain/job';

/** Where every ingestion list takes its page token from. */
export const PAGE_TOKEN_FIELD = 'query.nextToken';

/**
 * Runs a decode of the table library's page-token codec, rethrowing its refusal as the domain's
 * InvalidPageTokenError (the ports' contract, and a 400 on `query.nextToken` through `toHttpError`).
 * @example
 * const start = withDomainPageTokenError(() => decodePageToken(token, query, PAGE_TOKEN_FIELD));
 */
export const withDomainPageTokenError = <T>(decode: () => T): T => {
  try {
    return decode();
  } catch (error) {
    if (isTablesError(error, 'tables.invalidPageToken')) throw new InvalidPageTokenError((error as TablesPageTokenError).reason, { cause: error });
    throw error;
  }
};
