import { fullJitterDelay } from './full-jitter-delay';

describe('fullJitterDelay', () => {
  it('draws below a ceiling that doubles per attempt', () => {
    const almostOne = () => 0.999_999;

    expect([1, 2, 3, 4].map((attempt) => fullJitterDelay(attempt, 100, 10_000, almostOne))).toEqual([99, 199, 399, 799]);
  });

  it('never exceeds the maximum delay and can be zero', () => {
    expect(fullJitterDelay(30, 100, 2_000, () => 0.999_999)).toBe(1_999);
    expect(fullJitterDelay(3, 100, 2_000, () => 0)).toBe(0);
  });
});
