import { DynamoJobStore } from '../adapters/dynamo/dynamo-job-store';
import type { JobStore } from '../use-cases/ports';
import type { Env } from './env-source';
import { jobEntitiesOf } from './job-entities-of';

/**
 * The whole job store (every operation: the job runner). Handlers needing fewer use the narrower ports
 * (`jobReaderPort`, `jobListsPort`, `jobTransitionsPort`, `jobCreationPort`), which bundle only their
 * DynamoDB actions.
 * @example
 * const job = await jobsPort().get(jobId);
 */
export const jobsPort = (env?: Env): JobStore => new DynamoJobStore(jobEntitiesOf(env));
