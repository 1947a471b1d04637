import { jsonErrorPosition } from './json-error-position';

/**
 * A JSON parse error message that always says where the problem is (position, line and column) and
 * no longer echoes the whole body back, as V8's messages do. V8's own position ("after JSON at
 * position 2 (line 1 column 3)", Node 22) is cut, so the position is said once.
 *
 * @example
 * describeJsonError('{"a": }', `Unexpected token '}', "{"a": }" is not valid JSON`);
 * // "Unexpected token '}' at position 6 (line 1, column 7)"
 */
export const describeJsonError = (text: string, parserMessage: string): string => {
  const reason = parserMessage.replace(/, ".*" is not valid JSON$/s, '').replace(/(?: in JSON)? at position \d+.*$/s, '');
  const position = jsonErrorPosition(text);
  if (position === undefined) return reason;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${reason} at position ${position} (line ${line}, column ${column})`;
};
