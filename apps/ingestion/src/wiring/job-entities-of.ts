import { createJobsEntities, createJobsTable, documentClientFor, dynamoDbEndpointFromEnv, tableNameFromEnv } from '@aircraftops/tables';

import type { JobEntities } from '../adapters/dynamo/job-store/job-entities';
import { type Env, envSource } from './env-source';

/**
 * The JobsTable entities; table name and client resolved per request from `env` (or the current
 * function's environment), so building them reads nothing.
 * @example
 * const job = await readJob(jobEntitiesOf(), jobId);
 */
export const jobEntitiesOf = (env?: Env): JobEntities => {
  const read = envSource(env);
  return createJobsEntities(createJobsTable({ documentClient: () => documentClientFor(dynamoDbEndpointFromEnv(read())), tableName: () => tableNameFromEnv('JobsTable', read()) }));
};
