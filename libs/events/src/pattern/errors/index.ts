export { EventPatternError } from './event-pattern-error';
export type { EventPatternErrorCode } from './event-pattern-error';
export { InvalidEventError } from './invalid-event-error';
export { InvalidEventPatternError } from './invalid-event-pattern-error';
