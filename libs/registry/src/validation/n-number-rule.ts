import { isNNumber } from './n-number-pattern';

/**
 * Field rule for N-NUMBER; explains which FAA rule a value breaks.
 *
 * @example
 * ```ts
 * nNumberRule('12O'); // 'letters I and O are not allowed'
 * ```
 */
export function nNumberRule(value: string): string | undefined {
  if (isNNumber(value)) return undefined;
  if (value.length > 5) return 'N-number longer than 5 characters';
  if (/^[Nn]/.test(value)) return 'N-number must be given without the "N" prefix';
  if (!/^[1-9]/.test(value)) return 'N-number must start with a digit 1-9';
  if (/[IO]/.test(value)) return 'letters I and O are not allowed in an N-number';
  if (/[A-Z]{3,}$/.test(value)) return 'an N-number ends in at most 2 letters';
  return 'N-number must be digits optionally followed by up to 2 letters';
}
