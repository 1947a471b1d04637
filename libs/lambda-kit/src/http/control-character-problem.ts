// C0 controls except TAB, DEL, and the C1 controls: none belongs in a name, an id or a filter, and
// stored they break logs, CSV exports and terminals (CR/LF forge log lines, ESC drives terminals).
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/;
const CONTROL_OR_TAB = /[\u0000-\u001F\u007F-\u009F]/;

/**
 * What is wrong with a text value because of control characters, or `undefined` when nothing is:
 * NUL, CR, LF, ESC, BEL, DEL and every other C0/C1 control are refused; TAB only when `allowTab`.
 *
 * @example
 * controlCharacterProblem('a\u0000b', false); // 'must not contain control characters (U+0000 at position 1)'
 * controlCharacterProblem('a\tb', true); // undefined
 */
export const controlCharacterProblem = (value: string, allowTab: boolean): string | undefined => {
  const found = (allowTab ? CONTROL : CONTROL_OR_TAB).exec(value);
  if (found === null) return undefined;
  const code = (found[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
  return `must not contain control characters (U+${code} at position ${found.index})`;
};
