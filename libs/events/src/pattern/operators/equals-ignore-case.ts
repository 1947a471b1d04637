import { fail } from '../compile/fail';
import type { ValuePredicate } from '../model';
import { ignoreCaseRegexSource } from '../text/ignore-case-regex-source';

/** Validates the operand of `equals-ignore-case` (a string) and returns it. */
export function compileEqualsIgnoreCaseOperand(operand: unknown, at: string): string {
  if (typeof operand !== 'string') fail('equals-ignore-case match pattern must be a string', at);
  return operand;
}

/**
 * `{"equals-ignore-case": "abc"}`: the whole string, ignoring case; never matches numbers.
 *
 * @example
 * ```ts
 * compileEqualsIgnoreCase('aBc', '$.a[0]')('ABC'); // true
 * ```
 */
export function compileEqualsIgnoreCase(operand: unknown, at: string): ValuePredicate {
  const regex = new RegExp(`^${ignoreCaseRegexSource(compileEqualsIgnoreCaseOperand(operand, at))}$`, 'u');
  return (value) => typeof value === 'string' && regex.test(value);
}
