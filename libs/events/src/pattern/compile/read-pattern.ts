import { isPlainObject } from '../json/is-plain-object';
import { parseJsonText } from '../json/parse-json-text';
import { fail } from './fail';

/** An event pattern as the API takes it: JSON text, or the parsed object. */
export type EventPatternInput = string | Readonly<Record<string, unknown>>;

/** Parses (if text) and checks that the pattern is a JSON object. */
export function readPattern(pattern: EventPatternInput | unknown): Record<string, unknown> {
  let value: unknown = pattern;
  if (typeof pattern === 'string') {
    const parsed = parseJsonText(pattern);
    if ('error' in parsed) fail(parsed.error);
    value = parsed.value;
  }
  if (!isPlainObject(value)) fail('Filter is not an object');
  return value;
}
