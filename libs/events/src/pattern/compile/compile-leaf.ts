import { isPlainObject } from '../json/is-plain-object';
import type { CompiledLeaf, ValuePredicate } from '../model';
import { compileExact } from '../operators/exact';
import { compileMatchExpression } from './compile-match-expression';
import { fail } from './fail';
import { childLocation } from './location';

/**
 * Compiles a leaf array (`"state": ["running", {"prefix": "stop"}]`): any element may match.
 *
 * @example
 * ```ts
 * compileLeaf('detail.state', ['running', { prefix: 'stop' }], '$.detail.state');
 * ```
 */
export function compileLeaf(path: string, values: readonly unknown[], at: string): CompiledLeaf {
  if (values.length === 0) fail('Empty arrays are not allowed', at);
  const predicates: ValuePredicate[] = [];
  const wildcards: string[] = [];
  let matchesAbsence = false;
  values.forEach((value, i) => {
    const valueAt = childLocation(at, i);
    if (isPlainObject(value)) {
      const condition = compileMatchExpression(value, valueAt);
      if (condition.kind === 'absent') {
        matchesAbsence = true;
      } else {
        predicates.push(condition.test);
        wildcards.push(...(condition.wildcards ?? []));
      }
    } else if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
      predicates.push(compileExact(value as string | number | boolean | null));
    } else {
      fail('Match value must be String, number, true, false, or null', valueAt);
    }
  });
  return { path, predicates, matchesAbsence, wildcards };
}
