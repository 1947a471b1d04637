import { httpHandler, type HttpLambdaHandler } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import type { ScheduleStore } from '../../schedules';
import { addSchedule } from '../../schedules/use-cases/add-schedule';
import { datasetFilesSchema } from '../shared/dataset-file-schema';
import type { DatasetStore } from '../../use-cases/ports';
import { defaultDatasets } from '../shared/default-datasets';
import { defaultScheduleCreation } from '../shared/default-schedule-store';

const body = z.strictObject({
  name: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(100, 'must be at most 100 characters')),
  cron: z.string().check(z.maxLength(200, 'must be at most 200 characters')),
  timezone: z.optional(z.string().check(z.maxLength(64, 'must be at most 64 characters'))),
  files: datasetFilesSchema,
  enabled: z.optional(z.boolean()),
});

/**
 * `POST /ingestion/schedules` (admin): a recurring ingestion, e.g. the nightly registry refresh.
 * 201 with the schedule and its first `nextRunAt`; 400 naming the field for a bad cron, time zone or
 * file (a key naming a folder included).
 * @example
 * export const handler = createAddScheduleHandler(() => store);
 */
export const createAddScheduleHandler = (
  schedules: () => Pick<ScheduleStore, 'create'>,
  datasets?: () => Pick<DatasetStore, 'size'>,
): HttpLambdaHandler<'admin'> =>
  httpHandler({ role: 'admin', body }, async ({ body, actor, correlationId }) => {
    const ports = { schedules: schedules(), ...(datasets === undefined ? {} : { datasets: datasets() }) };
    const schedule = await addSchedule(body, ports, { actor, correlationId });
    return { statusCode: 201, body: schedule, headers: { location: `/ingestion/schedules/${schedule.scheduleId}` } };
  });

/** The Lambda entry point the manifest names (`handlers/add-schedule/handler.ts#handler`), with the ports from the environment. */
export const handler = createAddScheduleHandler(defaultScheduleCreation, defaultDatasets);
