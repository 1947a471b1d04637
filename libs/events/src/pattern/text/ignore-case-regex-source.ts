import { escapeRegex } from './escape-regex';

/**
 * RegExp source matching `text` case-insensitively the way event-ruler does: each code point of the
 * pattern matches its lower-case or its upper-case form (which may differ in length, e.g. `Ⱥ`/`ⱥ`).
 * A plain `i` flag would also apply Unicode simple case folding, which event-ruler does not.
 *
 * @example
 * ```ts
 * new RegExp(`^${ignoreCaseRegexSource('aB')}$`, 'u').test('Ab'); // true
 * ```
 */
export function ignoreCaseRegexSource(text: string): string {
  let source = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    const forms = [...new Set([lower, upper])].map(escapeRegex);
    source += forms.length === 1 ? forms[0] : `(?:${forms.join('|')})`;
  }
  return source;
}
