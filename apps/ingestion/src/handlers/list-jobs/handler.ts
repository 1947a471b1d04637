import { httpHandler, type HttpLambdaHandler, pageQueryShape } from '@aircraftops/lambda-kit';
import { JOB_STATUSES } from '@aircraftops/tables';
import * as z from 'zod/mini';

import type { JobStore } from '../../use-cases/ports';
import { listJobs } from '../../use-cases/job-queries';
import { defaultJobLists } from '../shared/default-jobs';

const query = z.strictObject({ status: z.optional(z.enum(JOB_STATUSES)), ...pageQueryShape });

/**
 * `GET /ingestion/jobs?status=&limit=&nextToken=` (viewer): jobs newest first, one page.
 * @example
 * export const handler = createListJobsHandler(() => fakeDeps);
 */
export const createListJobsHandler = (deps: () => { readonly jobs: Pick<JobStore, 'list'> }): HttpLambdaHandler<'viewer'> =>
  httpHandler({ role: 'viewer', query }, ({ query }) => listJobs(deps(), query));

/** The Lambda entry point the manifest names (`handlers/list-jobs/handler.ts#handler`), with the ports from the environment. */
export const handler = createListJobsHandler(() => ({ jobs: defaultJobLists() }));
