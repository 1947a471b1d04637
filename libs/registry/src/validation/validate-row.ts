import type { RawRow, RegistryFileLayout } from '../layouts/registry-file-layout';
import type { ValidationIssue } from './validation-issue';

/**
 * Validates a row field by field against its layout: width, required, then the column's rules
 * (first failure per field). Cross-field rules run only when every field passed, so one root
 * cause is not reported twice.
 *
 * @example
 * ```ts
 * validateRow(ENGINE_LAYOUT, { CODE: '00401', MFR: 'A.C.E.', MODEL: 'HIDR MARK III', TYPE: '1', HORSEPOWER: '00095', THRUST: '000000' }); // []
 * ```
 */
export function validateRow(layout: RegistryFileLayout, row: RawRow): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const column of layout.columns) {
    const value = row[column.name] ?? '';
    if (value.length > column.width) {
      issues.push({ field: column.name, reason: `longer than the column width ${column.width} (${value.length} characters)`, value });
      continue;
    }
    if (value === '') {
      if (column.required) issues.push({ field: column.name, reason: 'required value is blank', value });
      continue;
    }
    for (const rule of column.rules ?? []) {
      const reason = rule(value);
      if (reason !== undefined) {
        issues.push({ field: column.name, reason, value });
        break;
      }
    }
  }
  if (issues.length > 0) return issues;
  return layout.rowRules.flatMap((rule) => rule(row));
}
