import type { ValidationIssue } from '../validation/validation-issue';
import type { ColumnSpec } from './column-spec';
import type { RegistryFileKind } from './registry-file-kind';

/** Trimmed field values keyed by FAA column name. */
export type RawRow = Readonly<Record<string, string>>;

/**
 * Everything needed to read or write one FAA file: column order, widths, rules and the header.
 *
 * @example
 * ```ts
 * MASTER_LAYOUT.columns.map((c) => c.width).reduce((a, b) => a + b) + MASTER_LAYOUT.columns.length; // 612
 * ```
 */
export interface RegistryFileLayout {
  readonly kind: RegistryFileKind;
  /** The file name inside ReleasableAircraft.zip. */
  readonly fileName: string;
  readonly columns: readonly ColumnSpec[];
  /** The header line exactly as the FAA writes it (after the BOM, without the line end). */
  readonly headerLine: string;
  /** Cross-field checks run after every field passed its own rules. */
  readonly rowRules: readonly ((row: RawRow) => ValidationIssue[])[];
}
