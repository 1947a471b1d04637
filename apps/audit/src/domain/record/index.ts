export type { AuditActor, AuditRecord, ChainLink, SchemaStatus } from './audit-record';
export { checkAgainstCatalog } from './check-against-catalog';
export { toAuditRecord } from './to-audit-record';
