export { createDynamoDbAuditTrail, type DynamoDbAuditTrail } from './dynamodb-audit-trail';
export { type KeyQuery, type SortKeyRange } from './key-query';
export { keyQueryFor } from './key-query-for';
export { createNdjsonFileSink, ndjsonExportStatus } from './analytics/ndjson-file-sink';
export { FIREHOSE_BATCH_LIMITS, firehoseBatches } from './analytics/firehose-batches';
export { firehoseClientFromEnv } from './analytics/firehose-client-from-env';
export { FirehoseDeliveryError } from './analytics/firehose-delivery-error';
export { createFirehoseSink, type FirehoseRetry } from './analytics/firehose-sink';
export { auditRecordOfStreamRecord } from './analytics/stream-image-record';
