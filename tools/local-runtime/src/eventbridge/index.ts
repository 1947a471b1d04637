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
export type { LocalRule, RuleSummary } from './local-rule';
export type { PutEventsEntry, PutEventsResult, PutEventsResultEntry } from './put-events-entry';
export { startEventBridgeServer } from './server/start-event-bridge-server';
export type { EventBridgeServer, EventBridgeServerOptions } from './server/start-event-bridge-server';
export { validateEntry } from './validate-entry';
export type { EntryError } from './validate-entry';
export { validatePutEventsRequest } from './validate-put-events-request';
