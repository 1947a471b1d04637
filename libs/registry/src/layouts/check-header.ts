import type { RegistryFileLayout } from './registry-file-layout';

/**
 * Compares a header line's fields with a layout. Tolerant of what does not change meaning: the
 * BOM, surrounding spaces (the FAA writes `, KIT MODEL`), letter case and a missing trailing comma.
 * Returns the reason the header does not match, or undefined.
 *
 * @example
 * ```ts
 * checkHeader(ENGINE_LAYOUT, ['CODE', 'MFR', 'MODEL', 'TYPE', 'HORSEPOWER', 'THRUST', '']); // undefined
 * checkHeader(ENGINE_LAYOUT, ['CODE', 'MAKER']); // 'column 2 is "MAKER", expected "MFR"'
 * ```
 */
export function checkHeader(layout: RegistryFileLayout, fields: readonly string[]): string | undefined {
  const names = fields.map((field) => field.replace(/^\uFEFF/, '').trim().toUpperCase());
  if (names.length > layout.columns.length && names.slice(layout.columns.length).every((name) => name === '')) {
    names.length = layout.columns.length;
  }
  for (let i = 0; i < layout.columns.length; i++) {
    const expected = layout.columns[i]?.name;
    if (names[i] === undefined) return `header has ${names.length} columns, expected ${layout.columns.length} (missing "${expected}")`;
    if (names[i] !== expected) return `column ${i + 1} is "${names[i]}", expected "${expected}"`;
  }
  if (names.length > layout.columns.length) {
    return `header has ${names.length} columns, expected ${layout.columns.length} (extra "${names[layout.columns.length]}")`;
  }
  return undefined;
}
