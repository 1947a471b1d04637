export { StreamEventSourceMapping } from './stream-event-source-mapping';
export type { StreamEventSourceMappingOptions } from './stream-event-source-mapping';
export { DEFAULT_STREAM_MAPPING_SETTINGS, validateStreamMappingSettings } from './settings';
export type { StreamMappingSettings } from './settings';
export type { CheckpointStore } from './checkpoint-store';
export { SHARD_END } from './checkpoint-store';
export { InMemoryCheckpointStore } from './in-memory-checkpoint-store';
export { FileCheckpointStore } from './file-checkpoint-store';
export { buildOnFailureRecord } from './on-failure-record';
export type { DdbStreamBatchInfo, OnFailureCondition, OnFailureRecord } from './on-failure-record';
export { interpretBatchResponse } from './interpret-batch-response';
export type { BatchResponseVerdict } from './interpret-batch-response';
export { toLambdaStreamRecord } from './to-lambda-stream-record';
export type { LambdaRecordContext } from './to-lambda-stream-record';
export { toWireAttributeValue, toWireImage } from './to-wire-attribute-value';
export type { LambdaStreamRecord, WireAttributeValue } from './lambda-stream-record';
export type { FilterMatcher, JsonObject } from './filter-matcher';
export { streamsApiFromClient } from './streams-api';
export type { StreamsApi } from './streams-api';
export { createStreamsClient } from './create-streams-client';
export type { StreamsClientConfig } from './create-streams-client';
export { resolveStreamArn } from './resolve-stream-arn';
export { DEFAULT_RETRY_BACKOFF } from './retry-backoff';
export type { RetryBackoff } from './retry-backoff';
export { systemClock } from './clock';
export type { Clock } from './clock';
export { consoleWarningsLogger } from './logger';
export type { StreamMappingLogger } from './logger';
export type { StreamMappingStats } from './mapping-stats';
export {
  CorruptCheckpointError,
  InvalidStreamMappingSettingsError,
  MalformedStreamRecordError,
  MappingStateError,
  StreamMappingError,
} from './errors';
export type { StreamMappingErrorCode } from './errors';
export { eventSourceArnOf } from './event-source-arn';
export { approximateCreationSeconds } from './approximate-creation-seconds';
