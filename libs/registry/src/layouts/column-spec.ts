import type { FieldRule } from '../validation/field-rule';

/**
 * One fixed-width column of an FAA registry file.
 *
 * @example
 * ```ts
 * const col: ColumnSpec = { name: 'YEAR MFR', width: 4, rules: [yearRule] };
 * ```
 */
export interface ColumnSpec {
  /** FAA column name as in the header, without the leading-space quirk (`KIT MODEL`). */
  readonly name: string;
  /** The fixed width the FAA pads the value to; a longer value is an error. */
  readonly width: number;
  /** A blank value is an error (blank = empty or all spaces). */
  readonly required?: boolean;
  /** Checks applied to non-blank values, in order; the first failure is reported. */
  readonly rules?: readonly FieldRule[];
}
