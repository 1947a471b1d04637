import { httpHandler, type HttpLambdaHandler } from '@aircraftops/lambda-kit';

import { removeSchedule, type ScheduleStore } from '../../schedules';
import { defaultScheduleStore, idParam, z } from '../shared';

/**
 * `DELETE /ingestion/schedules/{id}` (admin): 204; 404 when there is no such schedule.
 * @example
 * export const handler = createRemoveScheduleHandler(() => store);
 */
export const createRemoveScheduleHandler = (schedules: () => ScheduleStore): HttpLambdaHandler =>
  httpHandler({ role: 'admin', path: z.object({ id: idParam }) }, async ({ path }) => {
    await removeSchedule(path.id, { schedules: schedules() });
  });

/** The Lambda entry point the manifest names (`handlers/remove-schedule/handler.ts#handler`), with the ports from the environment. */
export const handler = createRemoveScheduleHandler(defaultScheduleStore);
