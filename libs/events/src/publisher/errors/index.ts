export { EventTooLargeError } from './event-too-large-error';
export { InvalidEventEntryError } from './invalid-event-entry-error';
export { PublishFailedError } from './publish-failed-error';
