const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** Location of a member in the pattern, JSONPath-style (`$.detail["c.count"][0]`), for error messages. */
export function childLocation(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return PLAIN_KEY.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}
