import type { RawRow } from '../layouts/registry-file-layout';

/**
 * Typed readers over a validated row. Blank values become undefined, so records never carry ''
 * for optional fields (and DynamoDB items never carry empty attributes).
 */
export function fieldReaders(row: RawRow) {
  const text = (name: string): string => row[name] ?? '';
  const optional = (name: string): string | undefined => (text(name) === '' ? undefined : text(name));
  return {
    text,
    optional,
    /** YYYYMMDD → YYYY-MM-DD. */
    date: (name: string): string | undefined => {
      const value = text(name);
      return value === '' ? undefined : `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
    },
    number: (name: string): number | undefined => (text(name) === '' ? undefined : Number(text(name))),
    /** YEAR MFR: `0000` is the FAA's "unknown". */
    year: (name: string): number | undefined => {
      const value = Number(text(name));
      return text(name) === '' || value === 0 ? undefined : value;
    },
    /** Non-blank values of the numbered columns, in order. */
    list: (names: readonly string[]): string[] => names.map(text).filter((value) => value !== ''),
  };
}
