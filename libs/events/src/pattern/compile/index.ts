export { compileEventPattern } from './compile-event-pattern';
export type { EventInput, EventPatternMatcher } from './compile-event-pattern';
export type { EventPatternInput } from './read-pattern';
