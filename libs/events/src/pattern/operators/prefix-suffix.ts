import { fail } from '../compile/fail';
import { childLocation } from '../compile/location';
import { assertSingleKey, singleKey } from '../compile/single-key';
import { isPlainObject } from '../json/is-plain-object';
import type { ValuePredicate } from '../model';
import { ignoreCaseRegexSource } from '../text/ignore-case-regex-source';
import { compileEqualsIgnoreCaseOperand } from './equals-ignore-case';

/**
 * `{"prefix": "abc"}` / `{"suffix": "abc"}`, or with `{"equals-ignore-case": "abc"}` as operand.
 * Only strings match: a number never matches a prefix, even one that reads like it.
 *
 * @example
 * ```ts
 * compilePrefixSuffix('prefix', { 'equals-ignore-case': 'EventB' }, '$.a[0].prefix')('eventbridge'); // true
 * ```
 */
export function compilePrefixSuffix(kind: 'prefix' | 'suffix', operand: unknown, at: string): ValuePredicate {
  if (typeof operand === 'string') {
    return kind === 'prefix'
      ? (value) => typeof value === 'string' && value.startsWith(operand)
      : (value) => typeof value === 'string' && value.endsWith(operand);
  }
  if (isPlainObject(operand)) {
    const [name, inner] = singleKey(operand, `${kind} match pattern must be a string`, at);
    if (name !== 'equals-ignore-case') fail(`Unsupported ${kind} pattern: ${name}`, childLocation(at, name));
    const text = compileEqualsIgnoreCaseOperand(inner, childLocation(at, name));
    assertSingleKey(operand, at);
    const source = ignoreCaseRegexSource(text);
    const regex = new RegExp(kind === 'prefix' ? `^${source}` : `${source}$`, 'u');
    return (value) => typeof value === 'string' && regex.test(value);
  }
  return fail(`${kind} match pattern must be a string`, at);
}
