/**
 * The p-th percentile (0–100) of `values` by linear interpolation between closest ranks (the
 * definition of NumPy's default and of most load-testing tools); `undefined` for no values.
 * The input is not modified.
 *
 * @example
 * ```ts
 * percentile([1, 2, 3, 4], 50); // 2.5
 * percentile([10, 20, 30], 99); // 29.8
 * ```
 */
export const percentile = (values: readonly number[], p: number): number | undefined => {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be between 0 and 100, got ${p}`);
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (rank - lower);
};

/**
 * The median of `values`; `undefined` for no values.
 *
 * @example
 * ```ts
 * median([3, 1, 2]); // 2
 * ```
 */
export const median = (values: readonly number[]): number | undefined => percentile(values, 50);
