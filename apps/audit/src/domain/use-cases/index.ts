export { recordAuditEvent, type RecordAuditEventPorts, type RecordAuditEventResult } from './record-audit-event';
export { type EntityTrailVerification, verifyEntityTrail, type VerifyEntityTrailPorts } from './verify-entity-trail';
export { getAuditEvent, type GetAuditEventPorts } from './get-audit-event';
