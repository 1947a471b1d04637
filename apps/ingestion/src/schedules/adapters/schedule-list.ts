import { decodePageToken, SCHEDULE_ITEM, scheduleKeys } from '@aircraftops/tables';

/** The schedule list: GSI1's `SCHEDULES` partition, by next run. Its page tokens are checked against it. */
export const scheduleListQuery = { index: 'GSI1', partition: scheduleKeys.duePartition, tableKeyPrefixes: SCHEDULE_ITEM } as const;

/**
 * The `ExclusiveStartKey` a schedule-list token stands for, checked by the shared page-token codec
 * against the list. Anything else is a validation error on `query.nextToken`, never a DynamoDB error
 * or a page of another partition.
 * @throws InvalidPageTokenError of `@aircraftops/tables`, with the codec's reason.
 * @example
 * const exclusiveStartKey = decodeSchedulePageToken(query.nextToken);
 */
export const decodeSchedulePageToken = (token: string): Record<string, string> => decodePageToken(token, scheduleListQuery, 'query.nextToken');
