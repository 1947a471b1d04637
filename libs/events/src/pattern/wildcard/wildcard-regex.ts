import { escapeRegex } from '../text/escape-regex';
import type { WildcardToken } from './parse-wildcard';

/**
 * An anchored RegExp for parsed wildcard tokens.
 * Backtracking stays bounded because the complexity limit caps how many `*` can be in play at once.
 *
 * @example
 * ```ts
 * wildcardRegex(['a', null]).test('abc'); // true
 * ```
 */
export function wildcardRegex(tokens: readonly WildcardToken[]): RegExp {
  const source = tokens.map((token) => (token === null ? '[\\s\\S]*' : escapeRegex(token))).join('');
  return new RegExp(`^${source}$`, 'u');
}
