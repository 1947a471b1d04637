import { createJobsEntities, createJobsTable, documentClientFor, dynamoDbEndpointFromEnv, tableNameFromEnv } from '@aircraftops/tables';

import { DynamoJobStore } from '../adapters/dynamo/dynamo-job-store';
import type { JobStore } from '../use-cases/ports';
import { type Env, envSource } from './env-source';

/**
 * The job store on JobsTable; table name and client resolved per request from `env` (or the current
 * function's environment), so building it reads nothing.
 * @example
 * const job = await jobsPort().get(jobId);
 */
export const jobsPort = (env?: Env): JobStore => {
  const read = envSource(env);
  return new DynamoJobStore(
    createJobsEntities(createJobsTable({ documentClient: () => documentClientFor(dynamoDbEndpointFromEnv(read())), tableName: () => tableNameFromEnv('JobsTable', read()) })),
  );
};
