/** A short rendering of a JSON value for error messages (`123`, `"abc"`, `[`, `{`). */
export function describeJson(value: unknown): string {
  if (Array.isArray(value)) return '[';
  if (typeof value === 'object' && value !== null) return '{';
  if (value === undefined) return ']';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
