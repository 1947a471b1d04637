import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

import type { DynamoDbConfig } from '../client';
import { auditEventsTableSpec, coreTableSpec, jobsTableSpec } from '../specs';
import { type TableBinding, tableFromSpec } from './ddbt-table';

/**
 * CoreTable as a dynamodb-toolbox `Table`: `PK`/`SK`, indexes `GSI1`..`GSI3`.
 * @example
 * const core = createCoreTable({ documentClient, tableName: 'CoreTable' });
 */
export const createCoreTable = (binding: TableBinding) => tableFromSpec(coreTableSpec, binding);
/** JobsTable: `PK`/`SK`, index `GSI1`. @example const jobs = createJobsTable({ documentClient, tableName: 'JobsTable' }); */
export const createJobsTable = (binding: TableBinding) => tableFromSpec(jobsTableSpec, binding);
/** AuditEventsTable: `PK`/`SK`, indexes `GSI1`..`GSI3`. @example const audit = createAuditEventsTable({ documentClient, tableName: 'AuditEventsTable' }); */
export const createAuditEventsTable = (binding: TableBinding) => tableFromSpec(auditEventsTableSpec, binding);

export type CoreTableType = ReturnType<typeof createCoreTable>;
export type JobsTableType = ReturnType<typeof createJobsTable>;
export type AuditEventsTableType = ReturnType<typeof createAuditEventsTable>;

/** The three tables bound to one client and configuration. */
export interface Tables {
  readonly CoreTable: CoreTableType;
  readonly JobsTable: JobsTableType;
  readonly AuditEventsTable: AuditEventsTableType;
}

/**
 * The three tables bound to a DocumentClient, with physical names from configuration.
 * @example
 * const tables = createTables(createDocumentClient(config), config);
 */
export const createTables = (documentClient: DynamoDBDocumentClient, config: Pick<DynamoDbConfig, 'tableNames'>): Tables => ({
  CoreTable: createCoreTable({ documentClient, tableName: config.tableNames.CoreTable }),
  JobsTable: createJobsTable({ documentClient, tableName: config.tableNames.JobsTable }),
  AuditEventsTable: createAuditEventsTable({ documentClient, tableName: config.tableNames.AuditEventsTable }),
});
