import { fail } from '../compile/fail';
import type { ValuePredicate } from '../model';
import { parseWildcard } from '../wildcard/parse-wildcard';
import { wildcardRegex } from '../wildcard/wildcard-regex';

/**
 * `{"wildcard": "arn:*:bus/*"}`: `*` stands for any characters; `\*` and `\\` are literal. Strings only.
 *
 * @example
 * ```ts
 * compileWildcard('d*f', '$.b[0].wildcard')('deeef'); // true
 * ```
 */
export function compileWildcard(operand: unknown, at: string): ValuePredicate {
  const regex = wildcardRegexOf(operand, at);
  return (value) => typeof value === 'string' && regex.test(value);
}

/** Validates one wildcard operand and compiles it. */
export function wildcardRegexOf(operand: unknown, at: string): RegExp {
  if (typeof operand !== 'string') fail('wildcard match pattern must be a string', at);
  const parsed = parseWildcard(operand);
  if ('error' in parsed) fail(parsed.error, at);
  return wildcardRegex(parsed.tokens);
}
