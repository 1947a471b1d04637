export { parseWildcard } from './parse-wildcard';
export type { WildcardToken } from './parse-wildcard';
export { wildcardComplexity, WILDCARD_COMPLEXITY_LIMIT } from './wildcard-complexity';
export { wildcardRegex } from './wildcard-regex';
