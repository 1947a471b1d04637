import { fail } from './fail';

/**
 * The one `[name, operand]` of a match expression (`{"prefix": "a"}`), or the reason it is malformed.
 * `missing` is the reason to give for an empty object.
 */
export function singleKey(expression: Record<string, unknown>, missing: string, at: string): [string, unknown] {
  const entries = Object.entries(expression);
  const first = entries[0];
  if (!first) fail(missing, at);
  return first;
}

/** Rejects a match expression with more than one key (checked after its operand, as event-ruler does). */
export function assertSingleKey(expression: Record<string, unknown>, at: string): void {
  if (Object.keys(expression).length > 1) fail('Only one key allowed in match expression', at);
}
