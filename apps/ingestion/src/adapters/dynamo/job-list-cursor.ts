import { checkStartKey, encodePageToken, JOB_STATUSES, type JobStatus, jobsQueries, parsePageToken } from '@aircraftops/tables';

import { InvalidPageTokenError } from '../../domain/job';
/** Where every ingestion list takes its page token from. */
const PAGE_TOKEN_FIELD = 'query.nextToken';

/** Where a job listing goes on: in the status partition `status` (GSI1), after `key` or from its start. */
export interface JobListCursor {
  readonly status: JobStatus;
  readonly key?: Record<string, string>;
}

/** The list of every status has no filter; its tokens say so, so they cannot be used on a filtered list. */
const EVERY_STATUS = '*';
const CURSOR_FIELDS = new Set(['l', 's', 'k']);

/**
 * The `nextToken` of a job listing: which list (`l`, the status filter), which status partition (`s`)
 * and the last key read in it (`k`). The unfiltered list walks the status partitions one after another.
 * @example
 * encodeJobListCursor(undefined, { status: 'RUNNING' }); // continues the unfiltered list at RUNNING
 */
export const encodeJobListCursor = (filter: JobStatus | undefined, cursor: JobListCursor): string =>
  encodePageToken({ l: filter ?? EVERY_STATUS, s: cursor.status, ...(cursor.key === undefined ? {} : { k: cursor.key }) });

/**
 * The cursor a token stands for, checked against the list it is used on: same status filter, a status
 * of that list, and a GSI1 key of that status's partition (the table library's check).
 * @throws InvalidPageTokenError (the domain's for the list state, the shared codec's for the key): a
 * validation error on `query.nextToken` either way.
 * @example
 * const cursor = decodeJobListCursor(query.nextToken, query.status);
 */
export const decodeJobListCursor = (token: string, filter: JobStatus | undefined): JobListCursor => {
  const value = parsePageToken(token, PAGE_TOKEN_FIELD);
  const { l: list, s: status, k: key } = value;
  if (!Object.keys(value).every((name) => CURSOR_FIELDS.has(name)) || typeof list !== 'string' || typeof status !== 'string') {
    throw new InvalidPageTokenError('not an encoded position');
  }
  if (list !== (filter ?? EVERY_STATUS)) throw new InvalidPageTokenError('it belongs to another list');
  if (!(JOB_STATUSES as readonly string[]).includes(status) || (filter !== undefined && status !== filter)) {
    throw new InvalidPageTokenError('it belongs to another list');
  }
  const jobStatus = status as JobStatus;
  if (key === undefined) return { status: jobStatus };
  return { status: jobStatus, key: checkStartKey(key, jobsQueries.jobsByStatus(jobStatus), PAGE_TOKEN_FIELD) };
};
