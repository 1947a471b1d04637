import { httpHandler, type HttpLambdaHandler, pageQueryShape } from '@aircraftops/lambda-kit';
import { JOB_STATUSES } from '@aircraftops/tables';
import * as z from 'zod/mini';

import type { IngestionDeps } from '../../use-cases/ingestion-deps';
import { listJobs } from '../../use-cases/job-queries';
import { defaultJobs } from '../shared/default-jobs';

const query = z.strictObject({ status: z.optional(z.enum(JOB_STATUSES)), ...pageQueryShape });

/**
 * `GET /ingestion/jobs?status=&limit=&nextToken=` (viewer): jobs newest first, one page.
 * @example
 * export const handler = createListJobsHandler(() => fakeDeps);
 */
export const createListJobsHandler = (deps: () => Pick<IngestionDeps, 'jobs'>): HttpLambdaHandler<'viewer'> =>
  httpHandler({ role: 'viewer', query }, ({ query }) => listJobs(deps(), query));

/** The Lambda entry point the manifest names (`handlers/list-jobs/handler.ts#handler`), with the ports from the environment. */
export const handler = createListJobsHandler(() => ({ jobs: defaultJobs() }));
