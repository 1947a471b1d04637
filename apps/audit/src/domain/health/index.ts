export { type AuditHealth, auditHealth, type AuditHealthPorts, type Unavailable } from './audit-health';
