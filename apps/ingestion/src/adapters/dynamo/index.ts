export { batchWriteWithRetry } from './batch-write-with-retry';
export { DynamoCoreDeltaWriter, type DynamoCoreDeltaWriterOptions } from './core-delta-writer.dynamo';
export { DynamoJobStore } from './dynamo-job-store';
export { DynamoReferenceStore } from './dynamo-reference-store';
export { backoff, DEFAULT_RETRY_POLICY, isRetryableError, type RetryPolicy } from './retry-policy';
