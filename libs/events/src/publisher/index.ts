export { createEventPublisher } from './create-event-publisher';
export type { EventPublisher, EventPublisherOptions } from './create-event-publisher';
export { EventTooLargeError, InvalidEventEntryError, PublishFailedError } from './errors';
export { fullJitterDelay } from './full-jitter-delay';
export { MAX_ENTRIES_PER_REQUEST, MAX_REQUEST_BYTES } from './limits';
export { planRequests } from './plan-requests';
export type { PublishStep } from './plan-requests';
export type {
  EntryOutcome,
  FailedEntryOutcome,
  PublishedEntryOutcome,
  PublishEntry,
  PublishResult,
} from './publish-types';
export { putEventsEntrySize } from './put-events-entry-size';
