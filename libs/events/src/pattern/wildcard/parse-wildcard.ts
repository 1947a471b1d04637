/** A wildcard pattern split into literal characters and `*` (represented by `null`). */
export type WildcardToken = string | null;

/**
 * Parses a wildcard pattern: `*` matches any run of characters, `\*` a literal star, `\\` a literal
 * backslash. Returns a reason (EventBridge's wording) instead of tokens when the pattern is invalid.
 * Positions count from 1, as event-ruler reports them on the quoted value.
 *
 * @example
 * ```ts
 * parseWildcard('a*\\*'); // { tokens: ['a', null, '*'] }
 * parseWildcard('a**');   // { error: 'Consecutive wildcard characters at pos 2' }
 * ```
 */
export function parseWildcard(pattern: string): { tokens: WildcardToken[] } | { error: string } {
  const tokens: WildcardToken[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '*') {
      if (pattern[i + 1] === '*') return { error: `Consecutive wildcard characters at pos ${i + 1}` };
      tokens.push(null);
    } else if (ch === '\\') {
      const next = pattern[i + 1];
      if (next !== '*' && next !== '\\') return { error: `Invalid escape character at pos ${i + 1}` };
      tokens.push(next);
      i++;
    } else {
      tokens.push(ch);
    }
  }
  return { tokens };
}
