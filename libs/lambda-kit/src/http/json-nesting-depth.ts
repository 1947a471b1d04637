/**
 * The deepest nesting of arrays and objects in a JSON text, counted without parsing (brackets inside
 * strings are skipped), stopping as soon as `limit` is exceeded. Lets the stack refuse a deeply nested
 * body with a clear message before a recursive walk (the parser's, a schema's) overflows the stack.
 *
 * @example
 * jsonNestingDepth('{"a":[[1]]}'); // 3
 * jsonNestingDepth('['.repeat(10_000), 64); // 65
 */
export const jsonNestingDepth = (text: string, limit = Number.POSITIVE_INFINITY): number => {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return deepest;
};
