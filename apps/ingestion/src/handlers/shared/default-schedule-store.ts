import { JobsTable, ScheduleEntity, tableNameFromEnv } from '@aircraftops/tables';

import type { ScheduleStore } from '../../schedules';
import { DynamoScheduleStore } from '../../schedules/adapters/dynamo-schedule-store';
import { createSchedule } from '../../schedules/adapters/create-schedule';
import { querySchedules } from '../../schedules/adapters/query-schedules';

let scheduleStore: ScheduleStore | undefined;
let scheduleList: Pick<ScheduleStore, 'list'> | undefined;
let scheduleCreation: Pick<ScheduleStore, 'create'> | undefined;

/**
 * The schedule store on the environment's JobsTable, built at its first use.
 * @example
 * defaultScheduleStore().due(now, 25);
 */
export const defaultScheduleStore = (): ScheduleStore => (scheduleStore ??= new DynamoScheduleStore(ScheduleEntity, JobsTable));

/**
 * Listing schedules alone (one Query): `GET /ingestion/schedules` bundles none of the store's other actions.
 * @example
 * export const handler = createListSchedulesHandler(defaultScheduleList);
 */
export const defaultScheduleList = (): Pick<ScheduleStore, 'list'> => (scheduleList ??= { list: (query) => querySchedules(ScheduleEntity, JobsTable, query) });

/**
 * Creating schedules alone (a conditional put): `POST /ingestion/schedules` bundles none of the store's other actions.
 * @example
 * export const handler = createAddScheduleHandler(defaultScheduleCreation, defaultDatasets);
 */
export const defaultScheduleCreation = (): Pick<ScheduleStore, 'create'> =>
  (scheduleCreation ??= { create: (schedule, context) => createSchedule(ScheduleEntity, schedule, context) });

// Schedules live in JobsTable: without its name a function fails at cold start, naming the variable.
tableNameFromEnv('JobsTable');
