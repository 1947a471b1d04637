/**
 * A US N-number without its "N" prefix: 1–5 characters, first a digit 1–9, then digits, optionally
 * ending in one or two letters (never I or O), e.g. `1`, `99999`, `511CR`, `1234Z`.
 */
export const N_NUMBER_PATTERN = /^(?=.{1,5}$)[1-9][0-9]{0,4}[A-HJ-NP-Z]{0,2}$/;

/**
 * Whether `value` is a well-formed US N-number (without the "N" prefix).
 *
 * @example
 * ```ts
 * isNNumber('511CR'); // true
 * isNNumber('0123');  // false: first character must be 1-9
 * ```
 */
export function isNNumber(value: string): boolean {
  return N_NUMBER_PATTERN.test(value);
}
