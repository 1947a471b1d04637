import { httpHandler, type HttpLambdaHandler } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import type { JobStore } from '../../use-cases/ports';
import { resumeJob } from '../../use-cases/resume-job';
import { defaultJobTransitions } from '../shared/default-jobs';
import { idParam } from '../shared/id-param';

/**
 * `POST /ingestion/jobs/{id}/resume` (operator): a FAILED job (or a RUNNING one whose runner died)
 * goes back to QUEUED, so the `ingestion-job-runner` consumer continues it from its checkpoints.
 * 202 with the job; 409 for a job in another status.
 * @example
 * export const handler = createResumeJobHandler(() => fakeDeps);
 */
export const createResumeJobHandler = (deps: () => { readonly jobs: Pick<JobStore, 'transition'> }): HttpLambdaHandler<'operator'> =>
  httpHandler({ role: 'operator', path: z.object({ id: idParam }) }, async ({ path }) => ({
    statusCode: 202,
    body: await resumeJob(deps(), path.id),
  }));

/** The Lambda entry point the manifest names (`handlers/resume-job/handler.ts#handler`), with the ports from the environment. */
export const handler = createResumeJobHandler(() => ({ jobs: defaultJobTransitions() }));
