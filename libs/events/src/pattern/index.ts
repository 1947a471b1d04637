export { compileEventPattern } from './compile';
export type { EventInput, EventPatternInput, EventPatternMatcher } from './compile';
export { EventPatternError, InvalidEventError, InvalidEventPatternError } from './errors';
export type { EventPatternErrorCode } from './errors';
export type { CompiledBranch, CompiledLeaf, EventScalar, ValuePredicate } from './model';
export { testEventPattern } from './test-event-pattern';
export { validateEventPattern } from './validate-event-pattern';
export { wildcardComplexity, WILDCARD_COMPLEXITY_LIMIT } from './wildcard';
