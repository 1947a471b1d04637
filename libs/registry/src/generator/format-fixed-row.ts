import type { ColumnSpec } from '../layouts/column-spec';

/**
 * One FAA line: every value space-padded to its column width, a trailing comma, CRLF.
 * Values longer than the width are cut, as the FAA cuts them (ENGINE MFR `ROLLS-ROYC`).
 *
 * @example
 * ```ts
 * formatFixedRow(ENGINE_LAYOUT.columns, ['00401', 'A.C.E.', 'HIDR MARK III', '1', '00095', '000000']);
 * // '00401,A.C.E.    ,HIDR MARK III,1 ,00095,000000,\r\n'
 * ```
 */
export function formatFixedRow(columns: readonly ColumnSpec[], values: readonly string[]): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) {
    const width = (columns[i] as ColumnSpec).width;
    line += (values[i] ?? '').slice(0, width).padEnd(width) + ',';
  }
  return line + '\r\n';
}
