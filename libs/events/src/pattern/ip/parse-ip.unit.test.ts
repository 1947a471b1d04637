import { ipInRange, ipRange } from './ip-range';
import { parseIp } from './parse-ip';

describe('parseIp', () => {
  it('reads IPv4 dotted quads and refuses out-of-range or malformed ones', () => {
    expect([...(parseIp('10.0.0.255') ?? [])]).toEqual([10, 0, 0, 255]);
    expect(parseIp('10.0.0.256')).toBeUndefined();
    expect(parseIp('10.0.0')).toBeUndefined();
    expect(parseIp('01.0.0.1')).toBeUndefined();
  });

  it('reads IPv6 in full, compressed and IPv4-suffixed forms alike', () => {
    const full = parseIp('2001:0db8:0000:0000:0000:0000:0000:0001');
    expect(full).toEqual(parseIp('2001:db8::1'));
    expect(parseIp('::ffff:10.0.0.1')?.slice(12)).toEqual(new Uint8Array([10, 0, 0, 1]));
    expect(parseIp('::')).toEqual(new Uint8Array(16));
    expect(parseIp('xxxx:db8::')).toBeUndefined();
    expect(parseIp('1::2::3')).toBeUndefined();
    expect(parseIp('1:2:3:4:5:6:7')).toBeUndefined();
  });
});

describe('ipRange', () => {
  it('clears host bits for the low end, so any address of the network may name it', () => {
    const range = ipRange(parseIp('220.160.153.171') as Uint8Array, 31);
    expect(ipInRange(parseIp('220.160.153.170') as Uint8Array, range)).toBe(true);
    expect(ipInRange(parseIp('220.160.153.172') as Uint8Array, range)).toBe(false);
  });

  it('never matches an address of the other family', () => {
    const range = ipRange(parseIp('::') as Uint8Array, 0);
    expect(ipInRange(parseIp('10.0.0.1') as Uint8Array, range)).toBe(false);
  });
});
