import type { FieldRule } from './field-rule';

/**
 * Builds a rule accepting only the given codes.
 *
 * @example
 * ```ts
 * const fractOwner = oneOfRule(['Y']);
 * fractOwner('N'); // 'unknown code, expected one of: Y'
 * ```
 */
export function oneOfRule(codes: readonly string[]): FieldRule {
  const allowed = new Set(codes);
  const message = `unknown code, expected one of: ${codes.join(', ')}`;
  return (value) => (allowed.has(value) ? undefined : message);
}
