/** Local retry backoff for failed messages. */
export interface RetryDelayOptions {
  /** Delay after the first failure, in ms (default 100). */
  readonly baseDelayMs?: number;
  /** Upper bound in ms; the queue caps it further at its visibility timeout. */
  readonly maxDelayMs?: number;
  /** Source of jitter in [0, 1); injectable so tests are deterministic. */
  readonly random?: () => number;
}

/**
 * Exponential backoff with "equal jitter": half the exponential step is fixed, half random, so
 * retries spread out but never collapse to zero.
 *
 * @example
 * ```ts
 * retryDelayMs(3, { baseDelayMs: 100, maxDelayMs: 30_000 }); // between 200 and 400
 * ```
 */
export function retryDelayMs(receiveCount: number, options: RetryDelayOptions = {}): number {
  const base = options.baseDelayMs ?? 100;
  const cap = options.maxDelayMs ?? Number.POSITIVE_INFINITY;
  const random = options.random ?? Math.random;
  const step = Math.min(cap, base * 2 ** Math.max(0, receiveCount - 1));
  return Math.round(step / 2 + (step / 2) * random());
}
