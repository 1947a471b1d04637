import { httpHandler, type HttpLambdaHandler } from '@aircraftops/lambda-kit';

import { getJob } from '../../use-cases';
import type { IngestionDeps } from '../../use-cases';
import { defaultIngestionDeps, idParam, toHttpError, z } from '../shared';

/**
 * `GET /ingestion/jobs/{id}` (viewer): the job with its status, counts and progress; 404 when unknown.
 * @example
 * export const handler = createGetJobHandler(() => fakeDeps);
 */
export const createGetJobHandler = (deps: () => IngestionDeps): HttpLambdaHandler =>
  httpHandler({ role: 'viewer', path: z.object({ id: idParam }) }, async ({ path }) => {
    try {
      return await getJob(deps(), path.id);
    } catch (error) {
      throw toHttpError(error);
    }
  });

/** The Lambda entry point the manifest names (`handlers/get-job/handler.ts#handler`), with the ports from the environment. */
export const handler = createGetJobHandler(defaultIngestionDeps);
