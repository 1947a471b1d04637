import { JobsTable, ScheduleEntity, tableNameFromEnv } from '@aircraftops/tables';

import { DynamoScheduleStore, type ScheduleStore } from '../../schedules';

let scheduleStore: ScheduleStore | undefined;

/**
 * The schedule store on the environment's JobsTable, built at its first use.
 * @example
 * defaultScheduleStore().due(now, 25);
 */
export const defaultScheduleStore = (): ScheduleStore => (scheduleStore ??= new DynamoScheduleStore(ScheduleEntity, JobsTable));

// Schedules live in JobsTable: without its name a function fails at cold start, naming the variable.
tableNameFromEnv('JobsTable');
