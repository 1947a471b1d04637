import { fail } from '../compile/fail';
import { describeJson } from '../json/describe-json';
import type { ValuePredicate } from '../model';

type Bound = { readonly value: number; readonly open: boolean };

/**
 * `{"numeric": [">", 0, "<=", 5]}`: `=`, or a lower bound (`>`/`>=`) optionally followed by an upper
 * bound (`<`/`<=`), or an upper bound alone. Only JSON numbers match, never numeric strings.
 * Reasons follow EventBridge's wording, e.g. `Bad numeric range operator: >`.
 *
 * @example
 * ```ts
 * compileNumeric(['>', 0, '<=', 5], '$.n[0].numeric')(5); // true
 * ```
 */
export function compileNumeric(operand: unknown, at: string): ValuePredicate {
  if (!Array.isArray(operand)) fail('Value of numeric must be an array.', at);
  const terms: unknown[] = operand;
  const operator = terms[0];
  if (typeof operator !== 'string') fail(`Invalid member in numeric match: ${describeJson(operator)}`, at);
  switch (operator) {
    case '=': {
      const value = numberAt(terms, 1, 'equals', at);
      if (terms.length > 2) fail('Too many elements in numeric expression', at);
      return (v) => typeof v === 'number' && v === value;
    }
    case '<':
    case '<=': {
      const top = { value: numberAt(terms, 1, operator, at), open: operator === '<' };
      if (terms.length > 2) fail('Too many elements in numeric expression', at);
      return rangePredicate(undefined, top);
    }
    case '>':
    case '>=': {
      const bottom = { value: numberAt(terms, 1, operator, at), open: operator === '>' };
      if (terms.length === 2) return rangePredicate(bottom, undefined);
      const upper = terms[2];
      if (typeof upper !== 'string') fail(`Bad value in numeric range: ${describeJson(upper)}`, at);
      if (upper !== '<' && upper !== '<=') fail(`Bad numeric range operator: ${upper}`, at);
      const top = { value: numberAt(terms, 3, upper, at), open: upper === '<' };
      if (terms.length > 4) fail('Too many terms in numeric range expression', at);
      if (!(bottom.value < top.value)) fail('Bottom must be less than top', at);
      return rangePredicate(bottom, top);
    }
    default:
      return fail(`Unrecognized numeric range operator: ${operator}`, at);
  }
}

function numberAt(terms: readonly unknown[], index: number, operator: string, at: string): number {
  const value = terms[index];
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(`Value of ${operator} must be numeric`, at);
  return value;
}

function rangePredicate(bottom: Bound | undefined, top: Bound | undefined): ValuePredicate {
  return (v) =>
    typeof v === 'number' &&
    (bottom === undefined || (bottom.open ? v > bottom.value : v >= bottom.value)) &&
    (top === undefined || (top.open ? v < top.value : v <= top.value));
}
