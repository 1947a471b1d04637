export const MAX_EXCERPT_CHARS = 80;

/**
 * A short, single-line rendering of text for an error: padding runs collapsed, control characters
 * shown as `\xNN`, cut to 80 characters with an ellipsis.
 *
 * @example
 * ```ts
 * excerpt('511CR,K041                          ,3390119'); // '511CR,K041 ,3390119'
 * ```
 */
export function excerpt(text: string): string {
  const clean = text
    .replace(/[\r\n]+$/, '')
    .replace(/ {2,}/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return clean.length <= MAX_EXCERPT_CHARS ? clean : `${clean.slice(0, MAX_EXCERPT_CHARS - 1)}…`;
}
