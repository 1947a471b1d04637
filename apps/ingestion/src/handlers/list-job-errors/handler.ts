import { httpHandler, type HttpLambdaHandler, pageQuery } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import type { JobStore } from '../../use-cases/ports';
import { getJob, listJobErrors } from '../../use-cases/job-queries';
import { defaultJobLists, defaultJobReader } from '../shared/default-jobs';
import { idParam } from '../shared/id-param';

/**
 * `GET /ingestion/jobs/{id}/errors?limit=&nextToken=` (viewer): a job's row errors by file then
 * line, one page; 404 for an unknown job (not an empty list).
 * @example
 * export const handler = createListJobErrorsHandler(() => fakeDeps);
 */
export const createListJobErrorsHandler = (deps: () => { readonly jobs: Pick<JobStore, 'get' | 'listRowErrors'> }): HttpLambdaHandler<'viewer'> =>
  httpHandler({ role: 'viewer', path: z.object({ id: idParam }), query: pageQuery }, async ({ path, query }) => {
    await getJob(deps(), path.id);
    return listJobErrors(deps(), path.id, query);
  });

/** The Lambda entry point the manifest names (`handlers/list-job-errors/handler.ts#handler`), with the ports from the environment. */
export const handler = createListJobErrorsHandler(() => ({ jobs: { get: (jobId) => defaultJobReader().get(jobId), listRowErrors: (jobId, query) => defaultJobLists().listRowErrors(jobId, query) } }));
