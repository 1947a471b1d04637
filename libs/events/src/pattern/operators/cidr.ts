import { fail } from '../compile/fail';
import { ipInRange, ipRange } from '../ip/ip-range';
import { parseIp } from '../ip/parse-ip';
import type { ValuePredicate } from '../model';

const INTEGER = /^[+-]?\d+$/;

/**
 * `{"cidr": "10.0.0.0/24"}` (IPv4 or IPv6): matches string values holding an address in the network.
 *
 * @example
 * ```ts
 * compileCidr('10.0.0.0/24', '$.ip[0].cidr')('10.0.0.255'); // true
 * ```
 */
export function compileCidr(operand: unknown, at: string): ValuePredicate {
  // Sic: EventBridge reuses the prefix operator's message here.
  if (typeof operand !== 'string') fail('prefix match pattern must be a string', at);
  const slashed = operand.split('/');
  if (slashed.length !== 2) fail("Malformed CIDR, one '/' required", at);
  const [address, bits] = slashed as [string, string];
  if (!INTEGER.test(bits)) fail('Malformed CIDR, mask bits must be an integer', at);
  const maskBits = Number(bits);
  if (maskBits < 0) fail('Malformed CIDR, mask bits must not be negative', at);
  const bytes = parseIp(address);
  if (!bytes) fail(`Nonstandard IP address: ${address}`, at);
  if (bytes.length === 4 && maskBits > 32) fail('IPv4 mask bits must be <= 32', at);
  if (bytes.length === 16 && maskBits > 128) fail('IPv6 mask bits must be <= 128', at);
  const range = ipRange(bytes, maskBits);
  return (value) => {
    if (typeof value !== 'string') return false;
    const ip = parseIp(value);
    return ip !== undefined && ipInRange(ip, range);
  };
}
