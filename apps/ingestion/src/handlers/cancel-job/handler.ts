import { httpHandler, type HttpLambdaHandler } from '@aircraftops/lambda-kit';

import { cancelJob } from '../../use-cases';
import type { IngestionDeps } from '../../use-cases';
import { defaultIngestionDeps, idParam, toHttpError, z } from '../shared';

/**
 * `POST /ingestion/jobs/{id}/cancel` (operator): a QUEUED job is CANCELLED at once; a RUNNING one is
 * asked to stop (`cancelRequested`) and ends CANCELLED with its counts so far. 409 once it finished.
 * @example
 * export const handler = createCancelJobHandler(() => fakeDeps);
 */
export const createCancelJobHandler = (deps: () => IngestionDeps): HttpLambdaHandler =>
  httpHandler({ role: 'operator', path: z.object({ id: idParam }) }, async ({ path }) => {
    try {
      return await cancelJob(deps(), path.id);
    } catch (error) {
      throw toHttpError(error);
    }
  });

/** The Lambda entry point the manifest names (`handlers/cancel-job/handler.ts#handler`), with the ports from the environment. */
export const handler = createCancelJobHandler(defaultIngestionDeps);
