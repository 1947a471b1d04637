export type { AuditActor, AuditRecord, SchemaStatus } from './audit-record';
export { checkAgainstCatalog } from './check-against-catalog';
export { toAuditRecord } from './to-audit-record';
