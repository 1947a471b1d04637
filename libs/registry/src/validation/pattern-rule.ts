import type { FieldRule } from './field-rule';

/**
 * Builds a rule from a regular expression and the reason to give when it does not match.
 *
 * @example
 * ```ts
 * const octal = patternRule(/^[0-7]{8}$/, 'must be 8 octal digits');
 * ```
 */
export function patternRule(pattern: RegExp, reason: string): FieldRule {
  return (value) => (pattern.test(value) ? undefined : reason);
}

/** Digits only (zero-padded numbers such as HORSEPOWER `00180`). */
export const digitsRule: FieldRule = patternRule(/^\d+$/, 'must contain digits only');
/** FAA codes: upper-case letters and digits (`06102D6`, `1NU`, `49A9C`). */
export const codeCharsRule: FieldRule = patternRule(/^[0-9A-Z]+$/, 'must contain upper-case letters and digits only');
/** Two-letter state or country abbreviation. */
export const twoLettersRule: FieldRule = patternRule(/^[A-Z]{2}$/, 'must be 2 upper-case letters');
/** YEAR MFR: four digits (`0000` is the FAA's "unknown"). */
export const yearRule: FieldRule = patternRule(/^\d{4}$/, 'must be a 4-digit year');
/** MODE S CODE: the 24-bit address as 8 octal digits. */
export const octalModeSRule: FieldRule = patternRule(/^[0-7]{8}$/, 'must be 8 octal digits');
/** MODE S CODE HEX: the 24-bit address as up to 6 hex digits. */
export const hexModeSRule: FieldRule = patternRule(/^[0-9A-F]{1,6}$/, 'must be 1-6 upper-case hex digits');
