import { httpHandler, type HttpLambdaHandler } from '@aircraftops/lambda-kit';
import { JOB_STATUSES } from '@aircraftops/tables';

import { listJobs } from '../../use-cases';
import type { IngestionDeps } from '../../use-cases';
import { defaultIngestionDeps, pageQuery, toHttpError, z } from '../shared';

const query = z.strictObject({ status: z.optional(z.enum(JOB_STATUSES)), ...pageQuery });

/**
 * `GET /ingestion/jobs?status=&limit=&nextToken=` (viewer): jobs newest first, one page.
 * @example
 * export const handler = createListJobsHandler(() => fakeDeps);
 */
export const createListJobsHandler = (deps: () => IngestionDeps): HttpLambdaHandler =>
  httpHandler({ role: 'viewer', query }, async ({ query }) => {
    try {
      return await listJobs(deps(), query);
    } catch (error) {
      throw toHttpError(error);
    }
  });

/** The Lambda entry point the manifest names (`handlers/list-jobs/handler.ts#handler`), with the ports from the environment. */
export const handler = createListJobsHandler(defaultIngestionDeps);
