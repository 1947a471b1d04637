import type { ValidationIssue } from '@aircraftops/registry';

/**
 * Why one line of a dataset was rejected. The job stores one per rejected line.
 *
 * @example
 * ```ts
 * const error: RowError = { file: 'MASTER.txt', line: 42, field: 'AIR WORTH DATE',
 *   reason: 'not a calendar date (YYYYMMDD)', excerpt: 'AIR WORTH DATE=20230230' };
 * ```
 */
export interface RowError {
  readonly file: string;
  /** 1-based physical line in the file (the header is line 1). */
  readonly line: number;
  /** FAA column name, when the problem is in one field. */
  readonly field?: string;
  readonly reason: string;
  /** At most 80 characters of the offending value or line, padding collapsed. */
  readonly excerpt: string;
  /** Every validation issue of the line when there was more than one. */
  readonly issues?: readonly ValidationIssue[];
}

/**
 * One parsed line: a decoded record or the error that rejected it.
 *
 * @example
 * ```ts
 * for await (const row of rows) if ('error' in row) errors.push(row.error); else records.push(row.record);
 * ```
 */
export type ParsedRow<R> = { readonly line: number; readonly record: R } | { readonly line: number; readonly error: RowError };
