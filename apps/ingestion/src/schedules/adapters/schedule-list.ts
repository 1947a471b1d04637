import { decodePageToken, type InvalidPageTokenError, isTablesError, scheduleKeys } from '@aircraftops/tables';

import { InvalidScheduleError } from '../errors';

const FIELD = 'query.nextToken';

/** The schedule list: GSI1's `SCHEDULES` partition, by next run. Its page tokens are checked against it. */
export const scheduleListQuery = { index: 'GSI1', partition: scheduleKeys.duePartition } as const;

/**
 * The `ExclusiveStartKey` a schedule-list token stands for, checked by the table library against the
 * list. Anything else is a 400 on `query.nextToken`, never a DynamoDB error or a page of another partition.
 * @throws InvalidScheduleError on `query.nextToken`, with the library's reason.
 * @example
 * const exclusiveStartKey = decodeSchedulePageToken(query.nextToken);
 */
export const decodeSchedulePageToken = (token: string): Record<string, string> => {
  try {
    return decodePageToken(token, scheduleListQuery, FIELD);
  } catch (error) {
    if (!isTablesError(error, 'tables.invalidPageToken')) throw error;
    throw new InvalidScheduleError(FIELD, `is not a token of the schedule list: ${(error as InvalidPageTokenError).reason}`, { cause: error });
  }
};
