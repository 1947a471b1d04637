import { encodePageToken, jobsQueries, type JobsTableType, type ScheduleEntityType } from '@aircraftops/tables';
import { QueryCommand } from 'dynamodb-toolbox/table/actions/query';

import type { ScheduleView } from '../model';
import type { SchedulePage } from '../ports';
import { decodeSchedulePageToken, scheduleListQuery } from './schedule-list';
import { toScheduleView } from './schedule-view';

// The schedule Queries (GSI1: `SCHEDULES` partition sorted by next run), in a module of their own: the
// list function bundles no GetItem, DeleteItem or write code (see DynamoScheduleStore).

/**
 * One page of schedules, soonest next run first.
 * @example
 * const { items } = await querySchedules(ScheduleEntity, JobsTable, { limit: 20 });
 */
export const querySchedules = async (entity: ScheduleEntityType, table: JobsTableType, query: { limit: number; nextToken?: string }): Promise<SchedulePage> => {
  const exclusiveStartKey = query.nextToken === undefined ? undefined : decodeSchedulePageToken(query.nextToken);
  const { Items, LastEvaluatedKey } = await table
    .build(QueryCommand)
    .entities(entity)
    .query(scheduleListQuery)
    .options({ limit: query.limit, ...(exclusiveStartKey ? { exclusiveStartKey } : {}) })
    .send();
  const nextToken = encodePageToken(LastEvaluatedKey);
  return { items: (Items ?? []).map(toScheduleView), ...(nextToken === undefined ? {} : { nextToken }) };
};

/**
 * Schedules whose next run is at or before `now`, at most `limit`.
 * @example
 * const due = await queryDueSchedules(ScheduleEntity, JobsTable, new Date().toISOString(), 25);
 */
export const queryDueSchedules = async (entity: ScheduleEntityType, table: JobsTableType, now: string, limit: number): Promise<ScheduleView[]> => {
  const { Items } = await table.build(QueryCommand).entities(entity).query(jobsQueries.dueSchedules(now)).options({ limit }).send();
  return (Items ?? []).map(toScheduleView);
};
