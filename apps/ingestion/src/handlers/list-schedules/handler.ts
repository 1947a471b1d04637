import { httpHandler, type HttpLambdaHandler } from '@aircraftops/lambda-kit';

import { listSchedules, type ScheduleStore } from '../../schedules';
import { defaultScheduleStore, pageQuery, z } from '../shared';

/**
 * `GET /ingestion/schedules?limit=&nextToken=` (viewer): recurring ingestions, soonest next run first.
 * @example
 * export const handler = createListSchedulesHandler(() => store);
 */
export const createListSchedulesHandler = (schedules: () => ScheduleStore): HttpLambdaHandler =>
  httpHandler({ role: 'viewer', query: z.strictObject(pageQuery) }, async ({ query }) => listSchedules(query, { schedules: schedules() }));

/** The Lambda entry point the manifest names (`handlers/list-schedules/handler.ts#handler`), with the ports from the environment. */
export const handler = createListSchedulesHandler(defaultScheduleStore);
