/**
 * JSON with object keys sorted at every level and `undefined` members dropped: the one byte form a
 * record is hashed in, whatever order DynamoDB or a producer returned its attributes in.
 * @example
 * canonicalJson({ b: 1, a: { d: [2], c: undefined } }); // '{"a":{"d":[2]},"b":1}'
 */
export const canonicalJson = (value: unknown): string => JSON.stringify(sortKeys(value));

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, member]) => [key, sortKeys(member)]));
};
