import { auditQueries, checkStartKey, encodePageToken, type InvalidPageTokenError as TablesPageTokenError, isTablesError, parsePageToken } from '@aircraftops/tables';

import { InvalidPageTokenError } from '../domain';

/** Where a type-range listing goes on: in the day bucket `day` (GSI2), after `key` or from its newest item. */
export interface TypeRangeCursor {
  readonly day: string;
  readonly key?: Record<string, string>;
}

/** The query a cursor belongs to. */
export interface TypeRange {
  readonly detailType: string;
  readonly from: string;
  readonly to: string;
}

const CURSOR_FIELDS = new Set(['d', 'k']);
const AUDIT_EVENT_KEY = { partition: 'ENTITY#', sort: 'EVENT#' } as const;

/**
 * The `nextToken` of a type listing over several days: the day bucket (`d`) and the last key read in it (`k`).
 * @example
 * encodeTypeRangeCursor({ day: '2025-11-20' }); // continues with the newest event of 20 November
 */
export const encodeTypeRangeCursor = (cursor: TypeRangeCursor): string =>
  encodePageToken({ d: cursor.day, ...(cursor.key === undefined ? {} : { k: cursor.key }) });

/**
 * The cursor a token stands for, checked against the listing it is used on: a day inside its range, and a
 * GSI2 key of that type and day inside its time bounds (the table library's check).
 * @throws InvalidPageTokenError for anything else.
 * @example
 * const cursor = decodeTypeRangeCursor(nextToken, { detailType, from, to });
 */
export const decodeTypeRangeCursor = (token: string, range: TypeRange): TypeRangeCursor => {
  let value: Record<string, unknown>;
  try {
    value = parsePageToken(token);
  } catch (error) {
    throw reasonOf(error);
  }
  const { d: day, k: key } = value;
  if (!Object.keys(value).every((name) => CURSOR_FIELDS.has(name)) || typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    throw new InvalidPageTokenError('not an encoded position');
  }
  if (day < range.from.slice(0, 10) || day > range.to.slice(0, 10)) throw new InvalidPageTokenError('it belongs to another list');
  if (key === undefined) return { day };
  try {
    const query = { ...auditQueries.byTypeOnDay(range.detailType, day, { from: range.from, to: range.to }), tableKeyPrefixes: AUDIT_EVENT_KEY };
    return { day, key: checkStartKey(key, query, 'nextToken') };
  } catch (error) {
    throw reasonOf(error);
  }
};

// The shared codec's reason, as the domain's error (a 400 on query.nextToken).
const reasonOf = (error: unknown): unknown =>
  isTablesError(error, 'tables.invalidPageToken') ? new InvalidPageTokenError((error as TablesPageTokenError).reason, { cause: error }) : error;
