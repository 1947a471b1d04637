import { layoutForKind } from '../layouts/layout-for-kind';
import type { RegistryFileKind } from '../layouts/registry-file-kind';
import type { RawRow } from '../layouts/registry-file-layout';
import { toAircraftModelRecord } from '../records/to-aircraft-model-record';
import { toAircraftRecord } from '../records/to-aircraft-record';
import { toDeregistrationRecord } from '../records/to-deregistration-record';
import { toEngineModelRecord } from '../records/to-engine-model-record';
import { validateRow } from '../validation/validate-row';
import type { ValidationIssue } from '../validation/validation-issue';
import type { RegistryRecordOf } from './registry-record-of';

/** Either the decoded record or every issue that kept the row from decoding. */
export type DecodeRowResult<K extends RegistryFileKind> =
  | { readonly ok: true; readonly record: RegistryRecordOf<K> }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

const MAPPERS: { readonly [K in RegistryFileKind]: (row: RawRow) => RegistryRecordOf<K> } = {
  MASTER: toAircraftRecord,
  ACFTREF: toAircraftModelRecord,
  ENGINE: toEngineModelRecord,
  DEREG: toDeregistrationRecord,
};

/**
 * Trims, validates and maps one row's fields (in file column order; a trailing empty column is
 * ignored). The column count is the caller's check: extra columns are not looked at here.
 *
 * @example
 * ```ts
 * const result = decodeRegistryRow('ENGINE', ['00401', 'A.C.E.    ', 'HIDR MARK III', '1 ', '00095', '000000', '']);
 * if (result.ok) result.record.manufacturer; // 'A.C.E.'
 * ```
 */
export function decodeRegistryRow<K extends RegistryFileKind>(
  kind: K,
  fields: readonly string[],
): DecodeRowResult<K> {
  const layout = layoutForKind(kind);
  const row: Record<string, string> = {};
  layout.columns.forEach((column, i) => {
    row[column.name] = (fields[i] ?? '').trim();
  });
  const issues = validateRow(layout, row);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, record: MAPPERS[kind](row) };
}
