import { httpHandler, type HttpLambdaHandler } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import type { JobStore } from '../../use-cases/ports';
import { getJob } from '../../use-cases/job-queries';
import { defaultJobReader } from '../shared/default-jobs';
import { idParam } from '../shared/id-param';

/**
 * `GET /ingestion/jobs/{id}` (viewer): the job with its status, counts and progress; 404 when unknown.
 * @example
 * export const handler = createGetJobHandler(() => fakeDeps);
 */
export const createGetJobHandler = (deps: () => { readonly jobs: Pick<JobStore, 'get'> }): HttpLambdaHandler<'viewer'> =>
  httpHandler({ role: 'viewer', path: z.object({ id: idParam }) }, ({ path }) => getJob(deps(), path.id));

/** The Lambda entry point the manifest names (`handlers/get-job/handler.ts#handler`), with the ports from the environment. */
export const handler = createGetJobHandler(() => ({ jobs: defaultJobReader() }));
