import { retryDelayMs } from './retry-delay';

describe('retryDelayMs', () => {
  it('doubles per receive with half of each step jittered', () => {
    expect([1, 2, 3].map((n) => retryDelayMs(n, { baseDelayMs: 100, random: () => 0 }))).toEqual([50, 100, 200]);
    expect([1, 2, 3].map((n) => retryDelayMs(n, { baseDelayMs: 100, random: () => 0.999999 }))).toEqual([100, 200, 400]);
  });

  it('never exceeds the cap', () => {
    expect(retryDelayMs(30, { baseDelayMs: 100, maxDelayMs: 1_000, random: () => 0.999999 })).toBe(1_000);
  });
});
