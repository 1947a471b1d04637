import { queryCheckpoints, queryJobs, queryRowErrors } from '../adapters/dynamo/job-store/query-jobs';
import type { JobStore } from '../use-cases/ports';
import type { Env } from './env-source';
import { jobEntitiesOf } from './job-entities-of';

/** What listing jobs, their row errors and checkpoints takes. */
export type JobLists = Pick<JobStore, 'list' | 'listRowErrors' | 'listCheckpoints'>;

/**
 * The job store's Queries alone (`GET /ingestion/jobs`, `GET /ingestion/jobs/{id}/errors`).
 * @example
 * const { items } = await jobListsPort().list({ limit: 20 });
 */
export const jobListsPort = (env?: Env): JobLists => {
  const entities = jobEntitiesOf(env);
  return {
    list: (query) => queryJobs(entities, query),
    listRowErrors: (jobId, query) => queryRowErrors(entities, jobId, query),
    listCheckpoints: (jobId) => queryCheckpoints(entities, jobId),
  };
};
