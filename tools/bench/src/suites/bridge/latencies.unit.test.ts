import { latencies } from './latencies';

describe('latencies', () => {
  it('measures each delivered id from its write and lists the ones never delivered', () => {
    const written = new Map([['N1', 1000], ['N2', 1000], ['N3', 2000]]);
    const delivered = new Map([['N1', 1040], ['N3', 2500], ['N9', 3000]]);
    expect(latencies(written, delivered)).toEqual({ values: [40, 500], missing: ['N2'] });
  });
});
