import { fail } from '../compile/fail';
import type { Condition } from '../compile/condition';
import { childLocation } from '../compile/location';
import { assertSingleKey, singleKey } from '../compile/single-key';
import { isPlainObject } from '../json/is-plain-object';
import type { EventScalar, ValuePredicate } from '../model';
import { ignoreCaseRegexSource } from '../text/ignore-case-regex-source';
import { wildcardRegexOf } from './wildcard';

const MUST_BE_VALUE = 'Value of anything-but must be an array or single string/number value.';
const EIC_TYPES = 'Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.';
const AFFIX_TYPES = 'prefix/suffix match pattern must be a string';

/**
 * `{"anything-but": …}`: a present field whose value is not excluded. The operand is a string, a
 * number, a list of strings or of numbers, or `{"prefix"|"suffix"|"wildcard"|"equals-ignore-case": …}`
 * (one value or a list). Null and values of another type are "anything but" and match; an absent field
 * does not.
 *
 * @example
 * ```ts
 * const c = compileAnythingBut({ prefix: 'init' }, '$.state[0]["anything-but"]');
 * c.kind === 'value' && c.test('running'); // true
 * ```
 */
export function compileAnythingBut(operand: unknown, at: string): Condition {
  if (typeof operand === 'string' || typeof operand === 'number') return notAny([operand]);
  if (Array.isArray(operand)) return notAny(valueList(operand, at));
  if (!isPlainObject(operand)) fail(MUST_BE_VALUE, at);

  const [name, inner] = singleKey(operand, 'Anything-But expression name not found', at);
  const innerAt = childLocation(at, name);
  let condition: Condition;
  switch (name) {
    case 'prefix':
    case 'suffix': {
      const affixes = affixList(inner, innerAt);
      condition = {
        kind: 'value',
        test:
          name === 'prefix'
            ? (v) => typeof v !== 'string' || !affixes.some((a) => v.startsWith(a))
            : (v) => typeof v !== 'string' || !affixes.some((a) => v.endsWith(a)),
      };
      break;
    }
    case 'equals-ignore-case': {
      const texts = typeof inner === 'string' ? [inner] : Array.isArray(inner) ? inner : fail(EIC_TYPES, innerAt);
      if (!texts.every((t): t is string => typeof t === 'string')) fail(EIC_TYPES, innerAt);
      const regexes = texts.map((t) => new RegExp(`^${ignoreCaseRegexSource(t)}$`, 'u'));
      condition = { kind: 'value', test: (v) => typeof v !== 'string' || !regexes.some((r) => r.test(v)) };
      break;
    }
    case 'wildcard': {
      const patterns = Array.isArray(inner) ? inner : [inner];
      const regexes = patterns.map((p, i) => wildcardRegexOf(p, Array.isArray(inner) ? childLocation(innerAt, i) : innerAt));
      condition = {
        kind: 'value',
        test: (v) => typeof v !== 'string' || !regexes.some((r) => r.test(v)),
        wildcards: patterns as string[],
      };
      break;
    }
    default:
      return fail(`Unsupported anything-but pattern: ${name}`, innerAt);
  }
  assertSingleKey(operand, at);
  return condition;
}

function valueList(list: readonly unknown[], at: string): (string | number)[] {
  let strings = 0;
  let numbers = 0;
  list.forEach((item, i) => {
    if (typeof item === 'string') strings++;
    else if (typeof item === 'number') numbers++;
    else fail('Inside anything but list, start|null|boolean is not supported.', childLocation(at, i));
  });
  if ((strings > 0) === (numbers > 0)) {
    fail('Inside anything but list, either all values are number or string, mixed type is not supported', at);
  }
  return list as (string | number)[];
}

function affixList(operand: unknown, at: string): string[] {
  if (typeof operand === 'string') {
    if (operand === '') fail('Null prefix/suffix not allowed', at);
    return [operand];
  }
  // EventBridge says this of an object operand such as {"prefix": {"equals-ignore-case": "x"}}.
  if (isPlainObject(operand)) fail(MUST_BE_VALUE, at);
  if (!Array.isArray(operand) || operand.length === 0) fail(AFFIX_TYPES, at);
  operand.forEach((item, i) => {
    if (typeof item !== 'string' || item === '') fail(AFFIX_TYPES, childLocation(at, i));
  });
  return operand as string[];
}

function notAny(excluded: readonly (string | number)[]): Condition {
  const set = new Set<EventScalar>(excluded);
  const test: ValuePredicate = (v) => !set.has(v);
  return { kind: 'value', test };
}
