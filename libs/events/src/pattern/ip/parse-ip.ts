const IPV4_PART = /^(?:0|[1-9]\d{0,2})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

/**
 * Parses an IPv4 (`10.0.0.1`) or IPv6 (`2001:db8::1`, `::ffff:10.0.0.1`) literal into its bytes
 * (4 or 16). Returns `undefined` for anything else; host names are never resolved.
 *
 * @example
 * ```ts
 * parseIp('10.0.0.1'); // Uint8Array [10, 0, 0, 1]
 * parseIp('10.0.0.256'); // undefined
 * ```
 */
export function parseIp(text: string): Uint8Array | undefined {
  return text.includes(':') ? parseIpv6(text) : parseIpv4(text);
}

function parseIpv4(text: string): Uint8Array | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const part = parts[i] as string;
    if (!IPV4_PART.test(part)) return undefined;
    const value = Number(part);
    if (value > 255) return undefined;
    bytes[i] = value;
  }
  return bytes;
}

function parseIpv6(text: string): Uint8Array | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = groups(halves[0] as string);
  const tail = halves.length === 2 ? groups(halves[1] as string) : [];
  if (!head || !tail) return undefined;
  const all = [...head, ...tail];
  // An embedded IPv4 address may end the literal and stands for two groups.
  const last = all[all.length - 1];
  let v4: Uint8Array | undefined;
  if (last?.includes('.')) {
    v4 = parseIpv4(last);
    if (!v4) return undefined;
    all.pop();
  }
  const groupCount = all.length + (v4 ? 2 : 0);
  if (halves.length === 1 ? groupCount !== 8 : groupCount > 7) return undefined;
  if (!all.every((group) => HEX_GROUP.test(group))) return undefined;
  const words = [
    ...head.filter((g) => !g.includes('.')).map((g) => parseInt(g, 16)),
    ...new Array<number>(8 - groupCount).fill(0),
    ...tail.filter((g) => !g.includes('.')).map((g) => parseInt(g, 16)),
  ];
  const bytes = new Uint8Array(16);
  words.forEach((word, i) => {
    bytes[i * 2] = word >> 8;
    bytes[i * 2 + 1] = word & 0xff;
  });
  if (v4) bytes.set(v4, 12);
  return bytes;
}

function groups(text: string): string[] | undefined {
  if (text === '') return [];
  const parts = text.split(':');
  return parts.every((part) => part !== '') ? parts : undefined;
}
