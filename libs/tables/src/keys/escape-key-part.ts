/**
 * Percent-encodes `%` and `#` so free text (names, serial numbers, actor ids) can sit between `#`
 * delimiters without ever producing one. A per-character mapping: prefixes stay prefixes, so
 * `begins_with` on an escaped prefix still works.
 * @example
 * escapeKeyPart('A#1 50%'); // 'A%231 50%25'
 */
export const escapeKeyPart = (value: string): string => value.replace(/%/g, '%25').replace(/#/g, '%23');

/**
 * Inverse of {@link escapeKeyPart}.
 * @example
 * unescapeKeyPart('A%231'); // 'A#1'
 */
export const unescapeKeyPart = (value: string): string => value.replace(/%23/g, '#').replace(/%25/g, '%');
