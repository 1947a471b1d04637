export { recordAuditEvent, type RecordAuditEventPorts, type RecordAuditEventResult } from './record-audit-event';
