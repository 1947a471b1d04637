const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const LITERALS = ['true', 'false', 'null'] as const;

/** Thrown inside the scanner to unwind to the offending offset. */
class SyntaxStop {
  constructor(readonly position: number) {}
}

/**
 * The offset of the first JSON syntax error in `text`, or `undefined` if it is valid JSON. Exists
 * because V8's JSON.parse (Node ≥ 20) leaves the position out of many messages ("Unexpected token
 * '}', … is not valid JSON"), and a client fixing its payload needs to know where to look. Runs only
 * after JSON.parse has failed, so the happy path pays nothing.
 *
 * @example
 * jsonErrorPosition('{"a": }'); // 6
 */
export const jsonErrorPosition = (text: string): number | undefined => {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxStop(i);
  };
  const skipWhitespace = () => {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
  };
  const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
  const digits = () => {
    if (!isDigit(text[i])) fail();
    while (isDigit(text[i])) i++;
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      const char = text[i];
      if (char === undefined || char < ' ') fail();
      if (char === '"') {
        i++;
        return;
      }
      if (char !== '\\') {
        i++;
        continue;
      }
      i++;
      const escape = text[i];
      if (escape === 'u') {
        for (let k = 1; k <= 4; k++) {
          if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) {
            i += k;
            fail();
          }
        }
        i += 5;
      } else if (escape !== undefined && ESCAPES.has(escape)) i++;
      else fail();
    }
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const literal = () => {
    for (const word of LITERALS) {
      if (text[i] !== word[0]) continue;
      let matched = 0;
      while (matched < word.length && text[i + matched] === word[matched]) matched++;
      i += matched;
      if (matched < word.length) fail();
      return;
    }
    fail();
  };
  const sequence = (close: '}' | ']', member: () => void) => {
    i++; // opening bracket
    skipWhitespace();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      member();
      skipWhitespace();
      if (text[i] === ',') i++;
      else if (text[i] === close) {
        i++;
        return;
      } else fail();
    }
  };
  const value = (): void => {
    skipWhitespace();
    const char = text[i];
    if (char === '{') {
      sequence('}', () => {
        skipWhitespace();
        if (text[i] !== '"') fail();
        string();
        skipWhitespace();
        if (text[i] !== ':') fail();
        i++;
        value();
      });
    } else if (char === '[') sequence(']', value);
    else if (char === '"') string();
    else if (char === '-' || isDigit(char)) number();
    else literal();
  };

  try {
    value();
    skipWhitespace();
    if (i < text.length) fail();
    return undefined;
  } catch (error) {
    if (error instanceof SyntaxStop) return error.position;
    // A stack overflow on absurd nesting: no position rather than a crash on the error path.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
};
