import { parseIp } from '../ip/parse-ip';
import type { ValuePredicate } from '../model';

/**
 * An exact value: strings, numbers (compared numerically, so 300 matches 300.0), booleans, null.
 * A string that is an IP address also matches the same address written differently
 * (`2001:db8::1` and `2001:0db8:0:0:0:0:0:1`), as event-ruler compares addresses by their bytes.
 *
 * @example
 * ```ts
 * compileExact(300)(300.0); // true
 * compileExact('300')(300); // false
 * ```
 */
export function compileExact(expected: string | number | boolean | null): ValuePredicate {
  if (typeof expected === 'string') {
    const ip = parseIp(expected);
    if (!ip) return (value) => value === expected;
    return (value) => {
      if (value === expected) return true;
      if (typeof value !== 'string') return false;
      const other = parseIp(value);
      return other !== undefined && other.length === ip.length && other.every((byte, i) => byte === ip[i]);
    };
  }
  return (value) => value === expected;
}
