import { httpHandler, type HttpLambdaHandler } from '@aircraftops/lambda-kit';

import { resumeJob } from '../../use-cases';
import type { IngestionDeps } from '../../use-cases';
import { defaultIngestionDeps, idParam, toHttpError, z } from '../shared';

/**
 * `POST /ingestion/jobs/{id}/resume` (operator): a FAILED job (or a RUNNING one whose runner died)
 * goes back to QUEUED, so the `ingestion-job-runner` consumer continues it from its checkpoints.
 * 202 with the job; 409 for a job in another status.
 * @example
 * export const handler = createResumeJobHandler(() => fakeDeps);
 */
export const createResumeJobHandler = (deps: () => IngestionDeps): HttpLambdaHandler =>
  httpHandler({ role: 'operator', path: z.object({ id: idParam }) }, async ({ path }) => {
    try {
      return { statusCode: 202, body: await resumeJob(deps(), path.id) };
    } catch (error) {
      throw toHttpError(error);
    }
  });

/** The Lambda entry point the manifest names (`handlers/resume-job/handler.ts#handler`), with the ports from the environment. */
export const handler = createResumeJobHandler(defaultIngestionDeps);
