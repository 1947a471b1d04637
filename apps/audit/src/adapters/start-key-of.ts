import { decodePageToken, type InvalidPageTokenError as TablesPageTokenError, isTablesError } from '@aircraftops/tables';

import { InvalidPageTokenError } from '../domain';
import type { KeyQuery } from './key-query';

/** Every item of the trail, whatever index lists it, is keyed `ENTITY#…` / `EVENT#…`. */
const AUDIT_EVENT_KEY = { partition: 'ENTITY#', sort: 'EVENT#' } as const;

/**
 * The `ExclusiveStartKey` a `nextToken` stands for, checked by the table library against the query it
 * is used with, and against the audit event key shape (an index position's table keys included).
 * @throws InvalidPageTokenError (the domain's) with the library's reason.
 * @example
 * const exclusiveStartKey = startKeyOf(nextToken, auditQueries.byCorrelation('req-1'));
 */
export const startKeyOf = (token: string, query: KeyQuery): Record<string, string> => {
  try {
    return decodePageToken(token, { ...query, tableKeyPrefixes: AUDIT_EVENT_KEY }, 'nextToken');
  } catch (error) {
    if (isTablesError(error, 'tables.invalidPageToken')) throw new InvalidPageTokenError((error as TablesPageTokenError).reason, { cause: error });
    throw error;
  }
};
