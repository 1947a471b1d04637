export type { BridgedTable } from './bridged-table';
export { bridgedTablesFromEnv } from './bridged-tables-from-env';
export { decodeStreamRecord } from './decode-stream-record';
export type { DecodedRecord } from './decode-stream-record';
export { EVENTBRIDGE_ENV, eventBridgeClientFromEnv, eventPublisherFromEnv } from './event-publisher-from-env';
export { isTtlDeletion } from './is-ttl-deletion';
export { MalformedStreamRecordError } from './malformed-stream-record-error';
export { tableNameOfStreamArn } from './table-name-of-stream-arn';
export { UnformattableItemError } from './unformattable-item-error';
