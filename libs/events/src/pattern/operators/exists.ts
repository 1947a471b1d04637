import { fail } from '../compile/fail';
import type { Condition } from '../compile/condition';

/**
 * `{"exists": true}` matches any leaf value (null included); `{"exists": false}` matches when the field
 * is absent. Only leaves exist: a field holding an object or an empty array does not.
 *
 * @example
 * ```ts
 * compileExists(false, '$.a[0].exists'); // { kind: 'absent' }
 * ```
 */
export function compileExists(operand: unknown, at: string): Condition {
  if (operand === true) return { kind: 'value', test: () => true };
  if (operand === false) return { kind: 'absent' };
  return fail('exists match pattern must be either true or false.', at);
}
