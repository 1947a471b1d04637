import { documentClientFor, tableNameFromEnv } from '../client';
import { createAuditEventsTable, createCoreTable, createJobsTable } from './create-tables';

// Resolved per request from the current function's environment (see `currentEnv`): nothing is pinned at
// module scope, so functions sharing these modules locally each reach their own tables, and a function
// that was not given a table fails naming the variable. The client is shared per region and endpoint.
const client = () => documentClientFor();

/**
 * CoreTable bound to the environment's configuration (`AIRCRAFTOPS_CORE_TABLE`,
 * `AIRCRAFTOPS_DYNAMODB_ENDPOINT`, `AWS_REGION`), read at each request.
 * @example
 * await CoreTable.build(QueryCommand).query(coreQueries.aircraftPartition('12345')).send();
 */
export const CoreTable = createCoreTable({ documentClient: client, tableName: () => tableNameFromEnv('CoreTable') });

/** JobsTable bound to the environment's configuration, read per request. @example await JobsTable.build(QueryCommand).query(jobsQueries.checkpointsOfJob(id)).send(); */
export const JobsTable = createJobsTable({ documentClient: client, tableName: () => tableNameFromEnv('JobsTable') });

/** AuditEventsTable bound to the environment's configuration, read per request. @example await AuditEventsTable.build(QueryCommand).query(auditQueries.byCorrelation(id)).send(); */
export const AuditEventsTable = createAuditEventsTable({ documentClient: client, tableName: () => tableNameFromEnv('AuditEventsTable') });
