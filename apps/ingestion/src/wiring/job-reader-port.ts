import { readCancelRequested, readJob } from '../adapters/dynamo/job-store/read-job';
import type { JobStore } from '../use-cases/ports';
import type { Env } from './env-source';
import { jobEntitiesOf } from './job-entities-of';

/** What reading one job takes. */
export type JobReader = Pick<JobStore, 'get' | 'isCancelRequested'>;

/**
 * The job store's GetItem reads alone (`GET /ingestion/jobs/{id}`).
 * @example
 * const job = await jobReaderPort().get(jobId);
 */
export const jobReaderPort = (env?: Env): JobReader => {
  const entities = jobEntitiesOf(env);
  return { get: (jobId) => readJob(entities, jobId), isCancelRequested: (jobId) => readCancelRequested(entities, jobId) };
};
