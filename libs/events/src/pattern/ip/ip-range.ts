/** An inclusive range of IP addresses of one family (4 or 16 bytes). */
export interface IpRange {
  readonly low: Uint8Array;
  readonly high: Uint8Array;
}

/**
 * The range a network prefix covers: host bits cleared for the low end, set for the high end.
 *
 * @example
 * ```ts
 * ipRange(new Uint8Array([10, 0, 0, 7]), 24); // 10.0.0.0 – 10.0.0.255
 * ```
 */
export function ipRange(address: Uint8Array, maskBits: number): IpRange {
  const low = new Uint8Array(address.length);
  const high = new Uint8Array(address.length);
  for (let i = 0; i < address.length; i++) {
    const keep = Math.max(0, Math.min(8, maskBits - i * 8));
    const mask = (0xff << (8 - keep)) & 0xff;
    low[i] = (address[i] as number) & mask;
    high[i] = ((address[i] as number) & mask) | (~mask & 0xff);
  }
  return { low, high };
}

/** True when `address` (same family) lies within `range`. */
export function ipInRange(address: Uint8Array, range: IpRange): boolean {
  if (address.length !== range.low.length) return false;
  return compare(address, range.low) >= 0 && compare(address, range.high) <= 0;
}

function compare(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < a.length; i++) {
    const diff = (a[i] as number) - (b[i] as number);
    if (diff !== 0) return diff;
  }
  return 0;
}
