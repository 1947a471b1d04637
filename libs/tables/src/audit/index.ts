export {
  type AuditChainHead,
  type AuditChainHeadEntityType,
  auditChainHeadSchema,
  createAuditChainHeadEntity,
} from './audit-chain-head.entity';
export {
  type AuditEvent,
  type AuditEventEntityType,
  auditEventSchema,
  createAuditEventEntity,
} from './audit-event.entity';
export {
  type AuditEventLookup,
  type AuditEventLookupEntityType,
  auditEventLookupSchema,
  createAuditEventLookupEntity,
} from './audit-event-lookup.entity';
export { type AuditEntities, createAuditEntities } from './create-audit-entities';
