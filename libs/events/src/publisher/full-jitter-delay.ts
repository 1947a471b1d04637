/**
 * Backoff before retry number `attempt` (1 = the first retry): a random delay in
 * [0, min(maxDelayMs, baseDelayMs · 2^(attempt−1))). Full jitter spreads the retries of many bridges that
 * were throttled at the same moment instead of having them hit the bus again together.
 *
 * @example
 * ```ts
 * await sleep(fullJitterDelay(2, 100, 5_000)); // somewhere in [0, 200) ms
 * ```
 */
export function fullJitterDelay(
  attempt: number,
  baseDelayMs: number,
  maxDelayMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}
