/**
 * One problem found in one field of a registry row.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = { field: 'AIR WORTH DATE', reason: 'not a calendar date', value: '20230230' };
 * ```
 */
export interface ValidationIssue {
  /** The FAA column name, as in the file header (`MODE S CODE HEX`). */
  readonly field: string;
  readonly reason: string;
  /** The trimmed value that failed. */
  readonly value: string;
}
