import { httpHandler, type HttpLambdaHandler } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import type { IngestionDeps } from '../../use-cases/ingestion-deps';
import type { JobStore } from '../../use-cases/ports';
import { startJob } from '../../use-cases/start-job';
import { datasetFilesSchema } from '../shared/dataset-file-schema';
import { defaultDatasets } from '../shared/default-datasets';
import { defaultJobCreation } from '../shared/default-jobs';

const body = z.strictObject({ files: datasetFilesSchema });

/**
 * `POST /ingestion/jobs` (operator): queues a job over files already in the dataset store; the
 * `ingestion-job-runner` stream consumer runs it. 202 with the QUEUED job; 400 naming the file when
 * a key is unsafe, has no file behind it (or a folder), or is no FAA file.
 * @example
 * export const handler = createStartJobHandler(() => fakeDeps);
 */
export const createStartJobHandler = (deps: () => { readonly jobs: Pick<JobStore, 'create'> } & Pick<IngestionDeps, 'datasets'>): HttpLambdaHandler<'operator'> =>
  httpHandler({ role: 'operator', body }, async ({ body, actor, correlationId }) => {
    const job = await startJob(deps(), { files: body.files, startedBy: actor, correlationId });
    return { statusCode: 202, body: job, headers: { location: `/ingestion/jobs/${job.jobId}` } };
  });

/** The Lambda entry point the manifest names (`handlers/start-job/handler.ts#handler`), with the ports from the environment. */
export const handler = createStartJobHandler(() => ({ jobs: defaultJobCreation(), datasets: defaultDatasets() }));
