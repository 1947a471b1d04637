import { contentHash } from './content-hash';

describe('contentHash', () => {
  it('is a sha256 hex digest of the canonical JSON', () => {
    // sha256('{"a":1}')
    expect(contentHash({ a: 1 })).toBe('015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862');
  });

  it('ignores key order at every level and undefined properties', () => {
    const a = { nNumber: '1', registrant: { name: 'X', city: 'Y' }, otherNames: ['A', 'B'], kitMfr: undefined };
    const b = { otherNames: ['A', 'B'], registrant: { city: 'Y', name: 'X' }, nNumber: '1' };
    expect(contentHash(a)).toBe(contentHash(b));
  });

  it('changes when a value, a nested value or array order changes', () => {
    const base = { n: '1', r: { name: 'X' }, list: ['A', 'B'] };
    const hashes = new Set([
      contentHash(base),
      contentHash({ ...base, n: '2' }),
      contentHash({ ...base, r: { name: 'Y' } }),
      contentHash({ ...base, list: ['B', 'A'] }),
      contentHash({ ...base, extra: null }),
    ]);
    expect(hashes.size).toBe(5);
  });
});
