export { buildEvent } from './build-event';
export { compilePattern } from './compile-pattern';
export type { CompiledPattern } from './compile-pattern';
export type { EnvelopeContext } from './build-event';
export { entrySize, PUT_EVENTS_MAX_BYTES } from './entry-size';
export {
  ArchiveCorruptError,
  BusClosedError,
  DuplicateRuleError,
  InvalidBusRequestError,
  InvalidEventPatternError,
  LocalEventBridgeError,
  UnknownRuleError,
} from './errors';
export type { LocalEventBridgeErrorCode } from './errors';
export { EventArchive } from './event-archive';
export type { ArchivedEvent } from './event-archive';
export type { CompileEventPattern, EventBridgeEvent, EventPattern, MatchEventPattern, PatternMatcher } from './event-bridge-event';
export { LocalEventBus } from './local-event-bus';
export type { LocalEventBusOptions, ReplayRequest } from './local-event-bus';
export type { LocalRule, LocalSubscription, RuleSummary } from './local-rule';
export type { PutEventsEntry, PutEventsResult, PutEventsResultEntry } from './put-events-entry';
export { startEventBridgeServer } from './server/start-event-bridge-server';
export type { EventBridgeServer, EventBridgeServerOptions } from './server/start-event-bridge-server';
export { streamsControlFrom } from './server/streams-control-from-consumers';
export type { StreamConsumerHandle } from './server/streams-control-from-consumers';
export type { StreamConsumerSummary, StreamFailure, StreamsControl } from './server/streams-control';
export { toStreamFailure } from './server/to-stream-failure';
// The on-failure record types, so clients of the streams control API can type what it returns.
export type { DdbStreamBatchInfo, OnFailureCondition, OnFailureRecord } from '../streams/on-failure-record';
export type { StreamMappingStats } from '../streams/mapping-stats';
export { validateEntry } from './validate-entry';
export type { EntryError } from './validate-entry';
export { validatePutEventsRequest } from './validate-put-events-request';
