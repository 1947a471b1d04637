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
export { AuditEventsTable, CoreTable, JobsTable } from './default-tables';
