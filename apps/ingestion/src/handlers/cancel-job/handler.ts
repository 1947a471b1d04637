import { httpHandler, type HttpLambdaHandler } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import { cancelJob } from '../../use-cases/cancel-job';
import type { IngestionDeps } from '../../use-cases/ingestion-deps';
import type { JobStore } from '../../use-cases/ports';
import { defaultJobTransitions } from '../shared/default-jobs';
import { idParam } from '../shared/id-param';

/**
 * `POST /ingestion/jobs/{id}/cancel` (operator): a QUEUED job is CANCELLED at once; a RUNNING one is
 * asked to stop (`cancelRequested`) and ends CANCELLED with its counts so far. 409 once it finished.
 * @example
 * export const handler = createCancelJobHandler(() => fakeDeps);
 */
export const createCancelJobHandler = (deps: () => { readonly jobs: Pick<JobStore, 'transition' | 'requestCancel'> } & Pick<IngestionDeps, 'now'>): HttpLambdaHandler<'operator'> =>
  httpHandler({ role: 'operator', path: z.object({ id: idParam }) }, ({ path }) => cancelJob(deps(), path.id));

/** The Lambda entry point the manifest names (`handlers/cancel-job/handler.ts#handler`), with the ports from the environment. */
export const handler = createCancelJobHandler(() => ({ jobs: defaultJobTransitions() }));
