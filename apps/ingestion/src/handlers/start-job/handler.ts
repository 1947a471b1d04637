import { httpHandler, type HttpLambdaHandler } from '@aircraftops/lambda-kit';

import { startJob } from '../../use-cases';
import type { IngestionDeps } from '../../use-cases';
import { correlationIdOf, datasetFilesSchema, defaultIngestionDeps, toHttpError, z } from '../shared';

const body = z.strictObject({ files: datasetFilesSchema });

/**
 * `POST /ingestion/jobs` (operator): queues a job over files already in the dataset store; the
 * `ingestion-job-runner` stream consumer runs it. 202 with the QUEUED job; 400 naming the file when
 * a key is unsafe, has no file behind it, or is no FAA file.
 * @example
 * export const handler = createStartJobHandler(() => fakeDeps);
 */
export const createStartJobHandler = (deps: () => IngestionDeps): HttpLambdaHandler =>
  httpHandler({ role: 'operator', body }, async ({ body, actor, event }) => {
    try {
      const job = await startJob(deps(), { files: body.files, startedBy: actor, correlationId: correlationIdOf(event) });
      return { statusCode: 202, body: job, headers: { location: `/ingestion/jobs/${job.jobId}` } };
    } catch (error) {
      throw toHttpError(error, body);
    }
  });

/** The Lambda entry point the manifest names (`handlers/start-job/handler.ts#handler`), with the ports from the environment. */
export const handler = createStartJobHandler(defaultIngestionDeps);
