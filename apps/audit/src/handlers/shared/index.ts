export { type AuditEventView, toAuditEventView } from './audit-event-view';
export { type AuditPageResponse, findPage } from './find-page';
export { isCalendarDate, isInstant } from './calendar';
export { instantSchema, segmentSchema, typeNameSchema } from './query-schemas';
