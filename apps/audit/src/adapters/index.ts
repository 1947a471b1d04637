export { createDynamoDbAuditTrail, type DynamoDbAuditTrail } from './dynamodb-audit-trail';
export { type KeyQuery, type SortKeyRange } from './key-query';
export { keyQueryFor } from './key-query-for';
export { createNdjsonFileSink, ndjsonExportStatus } from './analytics/ndjson-file-sink';
export { auditRecordOfStreamRecord } from './analytics/stream-image-record';
