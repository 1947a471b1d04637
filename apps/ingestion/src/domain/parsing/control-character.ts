/** C0 controls and DEL, except TAB (FAA files never use it, but it is harmless padding). */
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/;

const NAMES: Readonly<Record<number, string>> = { 0: 'NUL', 7: 'BEL', 8: 'BS', 10: 'LF', 11: 'VT', 12: 'FF', 13: 'CR', 27: 'ESC', 127: 'DEL' };

/** Where a control character stands in a field, and which one. */
export interface ControlCharacter {
  readonly code: number;
  /** `U+001B (ESC)` */
  readonly label: string;
  /** Inside the trimmed value, or in the space padding around it. */
  readonly where: 'value' | 'padding';
}

/**
 * The first control character of a raw (untrimmed) field, if any. `allowTrailingCr` lets the last field
 * of a CRLF line end in the CR of its line break; a CR anywhere else is a bare CR inside the record.
 * @example
 * findControlCharacter('N12\u001B3  ', false); // { code: 27, label: 'U+001B (ESC)', where: 'value' }
 */
export const findControlCharacter = (raw: string, allowTrailingCr: boolean): ControlCharacter | undefined => {
  const field = allowTrailingCr && raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  const match = CONTROL.exec(field);
  if (!match) return undefined;
  const code = field.charCodeAt(match.index);
  // The value is what stands between the first and the last character that is neither padding nor control.
  const isContent = (index: number): boolean => !/[ \t\u0000-\u001F\u007F]/.test(field.charAt(index));
  let start = 0;
  while (start < field.length && !isContent(start)) start++;
  let end = field.length;
  while (end > start && !isContent(end - 1)) end--;
  const name = NAMES[code];
  return {
    code,
    label: `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` (${name})` : ''}`,
    where: match.index >= start && match.index < end ? 'value' : 'padding',
  };
};
