/**
 * Checks one trimmed, non-blank field value; returns the reason it is invalid, or undefined.
 * Blank values never reach a rule: `required` on the column decides about them.
 *
 * @example
 * ```ts
 * const upperCase: FieldRule = (value) => (value === value.toUpperCase() ? undefined : 'must be upper case');
 * ```
 */
export type FieldRule = (value: string) => string | undefined;
