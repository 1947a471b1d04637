export {
  type AuditEventsTableType,
  type CoreTableType,
  createAuditEventsTable,
  createCoreTable,
  createJobsTable,
  createTables,
  type JobsTableType,
  type Tables,
} from './create-tables';
export { type IndexesOf, type TableBinding, tableFromSpec } from './ddbt-table';
export { AuditEventsTable } from './default-audit-events-table';
export { CoreTable } from './default-core-table';
export { JobsTable } from './default-jobs-table';
