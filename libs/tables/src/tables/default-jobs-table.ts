import { documentClientFor, tableNameFromEnv } from '../client';
import { createJobsTable } from './create-tables';

/** JobsTable bound to the environment's configuration, read per request (see `CoreTable`). @example await JobsTable.build(QueryCommand).query(jobsQueries.checkpointsOfJob(id)).send(); */
export const JobsTable = createJobsTable({ documentClient: () => documentClientFor(), tableName: () => tableNameFromEnv('JobsTable') });
