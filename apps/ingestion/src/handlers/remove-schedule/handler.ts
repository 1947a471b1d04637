import { httpHandler, type HttpLambdaHandler } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import type { ScheduleStore } from '../../schedules';
import { removeSchedule } from '../../schedules/use-cases/remove-schedule';
import { defaultScheduleStore } from '../shared/default-schedule-store';
import { idParam } from '../shared/id-param';

/**
 * `DELETE /ingestion/schedules/{id}` (admin): 204; 404 when there is no such schedule.
 * @example
 * export const handler = createRemoveScheduleHandler(() => store);
 */
export const createRemoveScheduleHandler = (schedules: () => ScheduleStore): HttpLambdaHandler<'admin'> =>
  httpHandler({ role: 'admin', path: z.object({ id: idParam }) }, async ({ path }) => {
    await removeSchedule(path.id, { schedules: schedules() });
  });

/** The Lambda entry point the manifest names (`handlers/remove-schedule/handler.ts#handler`), with the ports from the environment. */
export const handler = createRemoveScheduleHandler(defaultScheduleStore);
