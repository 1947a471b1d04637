import { createJob } from '../adapters/dynamo/job-store/create-job';
import type { JobStore } from '../use-cases/ports';
import type { Env } from './env-source';
import { jobEntitiesOf } from './job-entities-of';

/** What starting a job takes. */
export type JobCreation = Pick<JobStore, 'create'>;

/**
 * The job store's create alone (a conditional put: `POST /ingestion/jobs`, scheduled runs).
 * @example
 * const job = await jobCreationPort().create({ jobId, files, startedBy, correlationId });
 */
export const jobCreationPort = (env?: Env): JobCreation => {
  const entities = jobEntitiesOf(env);
  return { create: (job) => createJob(entities, job) };
};
