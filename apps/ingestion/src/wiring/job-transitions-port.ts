import { requestJobCancel, transitionJob } from '../adapters/dynamo/job-store/update-job';
import type { JobStore } from '../use-cases/ports';
import type { Env } from './env-source';
import { jobEntitiesOf } from './job-entities-of';

/** What moving a job between statuses takes (cancel, resume). */
export type JobTransitions = Pick<JobStore, 'transition' | 'requestCancel'>;

/**
 * The job store's conditional status changes alone (UpdateItem, and a GetItem to explain a conflict).
 * @example
 * await jobTransitionsPort().transition(jobId, 'QUEUED', { from: ['FAILED'] });
 */
export const jobTransitionsPort = (env?: Env): JobTransitions => {
  const entities = jobEntitiesOf(env);
  return { transition: (jobId, to, options) => transitionJob(entities, jobId, to, options), requestCancel: (jobId) => requestJobCancel(entities, jobId) };
};
