import { httpHandler, type HttpLambdaHandler, pageQuery } from '@aircraftops/lambda-kit';

import type { ScheduleStore } from '../../schedules';
import { listSchedules } from '../../schedules/use-cases/list-schedules';
import { defaultScheduleList } from '../shared/default-schedule-store';

/**
 * `GET /ingestion/schedules?limit=&nextToken=` (viewer): recurring ingestions, soonest next run first.
 * @example
 * export const handler = createListSchedulesHandler(() => store);
 */
export const createListSchedulesHandler = (schedules: () => Pick<ScheduleStore, 'list'>): HttpLambdaHandler<'viewer'> =>
  httpHandler({ role: 'viewer', query: pageQuery }, ({ query }) => listSchedules(query, { schedules: schedules() }));

/** The Lambda entry point the manifest names (`handlers/list-schedules/handler.ts#handler`), with the ports from the environment. */
export const handler = createListSchedulesHandler(defaultScheduleList);
