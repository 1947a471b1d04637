import { icaoAddressFromNNumber } from '../icao/icao-address-from-n-number';
import { isNNumber } from './n-number-pattern';
import type { ValidationIssue } from './validation-issue';

/** The three columns that must describe the same aircraft address. */
export interface ModeSColumns {
  readonly nNumber: string;
  readonly octal: string;
  readonly hex: string;
}

/**
 * Cross-field check: the octal and hex Mode S codes are the same number, and that number is the
 * ICAO address the FAA derives from the N-number. Format errors are reported by the field rules,
 * so this only compares values that are well-formed; blank values are skipped.
 *
 * @example
 * ```ts
 * checkModeSConsistency({ 'N-NUMBER': '511CR', 'MODE S CODE': '51462550', 'MODE S CODE HEX': 'A66568' },
 *   { nNumber: 'N-NUMBER', octal: 'MODE S CODE', hex: 'MODE S CODE HEX' }); // []
 * ```
 */
export function checkModeSConsistency(
  row: Readonly<Record<string, string>>,
  columns: ModeSColumns,
): ValidationIssue[] {
  const nNumber = row[columns.nNumber] ?? '';
  const octal = row[columns.octal] ?? '';
  const hex = row[columns.hex] ?? '';
  const issues: ValidationIssue[] = [];
  const hexOk = /^[0-9A-F]{1,6}$/.test(hex);
  if (hexOk && /^[0-7]{8}$/.test(octal) && parseInt(octal, 8) !== parseInt(hex, 16)) {
    const octalAsHex = parseInt(octal, 8).toString(16).toUpperCase();
    issues.push({
      field: columns.hex,
      reason: `does not match ${columns.octal} ${octal} (= hex ${octalAsHex})`,
      value: hex,
    });
  }
  if (hexOk && isNNumber(nNumber)) {
    const expected = icaoAddressFromNNumber(nNumber);
    if (parseInt(hex, 16) !== parseInt(expected, 16)) {
      issues.push({ field: columns.hex, reason: `is not the ICAO address of N${nNumber} (${expected})`, value: hex });
    }
  }
  return issues;
}
