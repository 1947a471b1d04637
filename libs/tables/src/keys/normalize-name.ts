/**
 * The form names are indexed and searched in: uppercase, trimmed, inner whitespace collapsed. Not
 * escaped (see `escapeKeyPart`); FAA data is uppercase already, user input often is not.
 * @example
 * normalizeName('  Smith   aviation llc '); // 'SMITH AVIATION LLC'
 */
export const normalizeName = (name: string): string => name.trim().replace(/\s+/g, ' ').toUpperCase();
