import { median, percentile } from './percentile';
import { ratio } from './ratio';

describe('percentile', () => {
  it('interpolates linearly between closest ranks', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([10, 20, 30], 99)).toBeCloseTo(29.8, 10);
    expect(percentile([10, 20, 30], 0)).toBe(10);
    expect(percentile([10, 20, 30], 100)).toBe(30);
  });

  it('sorts numerically without changing its input', () => {
    const values = [100, 9, 20];
    expect(percentile(values, 50)).toBe(20);
    expect(values).toEqual([100, 9, 20]);
  });

  it('has no value for no samples and refuses a percentile outside 0–100', () => {
    expect(percentile([], 50)).toBeUndefined();
    expect(() => percentile([1], 101)).toThrow('between 0 and 100, got 101');
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });

  it('gives the middle value or the mean of the two middle values as the median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('ratio', () => {
  it('divides the measured figure by the baseline', () => {
    expect(ratio(3_300, 3_600)).toBeCloseTo(0.9167, 4);
  });

  it('has no value when either side is missing or the baseline is not positive', () => {
    expect(ratio(undefined, 10)).toBeUndefined();
    expect(ratio(10, undefined)).toBeUndefined();
    expect(ratio(10, 0)).toBeUndefined();
    expect(ratio(10, -1)).toBeUndefined();
    expect(ratio(Number.POSITIVE_INFINITY, 1)).toBeUndefined();
  });
});
