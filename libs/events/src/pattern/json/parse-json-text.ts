/**
 * `JSON.parse` that reports failures as a reason close to the one EventBridge (Jackson) gives.
 * @returns the parsed value, or `{ error }` with the reason.
 */
export function parseJsonText(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (cause) {
    return { error: jacksonStyleReason(text) ?? (cause as Error).message };
  }
}

// Jackson's two most common complaints; anything else falls back to the JS parser's message.
function jacksonStyleReason(text: string): string | undefined {
  const bareWord = /(?:^|[\s{[,:])([A-Za-z_][A-Za-z0-9_]*)/.exec(text.replace(/"(?:[^"\\]|\\.)*"/g, '""'));
  if (bareWord?.[1] && !['true', 'false', 'null'].includes(bareWord[1])) {
    return `Unrecognized token '${bareWord[1]}': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')`;
  }
  const afterBrace = /\{\s*([^\s"}])/.exec(text);
  if (afterBrace?.[1]) {
    const ch = afterBrace[1];
    return `Unexpected character ('${ch}' (code ${ch.charCodeAt(0)})): was expecting double-quote to start field name`;
  }
  return undefined;
}
