import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

import { createDocumentClient, type DynamoDbConfig, dynamoDbConfigFromEnv } from '../client';
import { createAuditEventsTable, createCoreTable, createJobsTable } from './create-tables';

let config: DynamoDbConfig | undefined;
let documentClient: DynamoDBDocumentClient | undefined;

// Resolved at the first request, then kept for the life of the process (a warm Lambda reuses them).
const defaultConfig = (): DynamoDbConfig => (config ??= dynamoDbConfigFromEnv());
const defaultDocumentClient = (): DynamoDBDocumentClient => (documentClient ??= createDocumentClient(defaultConfig()));

/**
 * CoreTable bound to the environment's configuration (`AIRCRAFTOPS_CORE_TABLE`,
 * `AIRCRAFTOPS_DYNAMODB_ENDPOINT`, `AWS_REGION`), read lazily at the first request.
 * @example
 * await CoreTable.build(QueryCommand).query(coreQueries.aircraftPartition('12345')).send();
 */
export const CoreTable = createCoreTable({
  documentClient: defaultDocumentClient,
  tableName: () => defaultConfig().tableNames.CoreTable,
});

/** JobsTable bound to the environment's configuration, read lazily. @example await JobsTable.build(QueryCommand).query(jobsQueries.checkpointsOfJob(id)).send(); */
export const JobsTable = createJobsTable({
  documentClient: defaultDocumentClient,
  tableName: () => defaultConfig().tableNames.JobsTable,
});

/** AuditEventsTable bound to the environment's configuration, read lazily. @example await AuditEventsTable.build(QueryCommand).query(auditQueries.byCorrelation(id)).send(); */
export const AuditEventsTable = createAuditEventsTable({
  documentClient: defaultDocumentClient,
  tableName: () => defaultConfig().tableNames.AuditEventsTable,
});
