/** How unprocessed items and throttled requests are retried. */
export interface RetryPolicy {
  /** Attempts in total, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Injectable for tests. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

/** 10 attempts, 50 ms doubling up to 5 s: ≈ 20 s of waiting at worst before the job fails. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 10, baseDelayMs: 50, maxDelayMs: 5_000 };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * "Full jitter" (AWS Architecture Blog, Exponential Backoff and Jitter): a uniform delay in
 * [0, min(cap, base·2^attempt)], which spreads retrying writers apart better than equal jitter.
 * @example
 * await backoff(DEFAULT_RETRY_POLICY, 2); // waits up to 200 ms
 */
export const backoff = async (policy: RetryPolicy, attempt: number): Promise<void> => {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  await (policy.sleep ?? defaultSleep)(Math.floor((policy.random ?? Math.random)() * ceiling));
};

const RETRYABLE = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
]);

/**
 * Throttling and transient server errors, by name (structural: any SDK copy).
 * @example
 * isRetryableError(Object.assign(new Error('slow down'), { name: 'ThrottlingException' })); // true
 */
export const isRetryableError = (error: unknown): boolean =>
  error instanceof Error &&
  (RETRYABLE.has(error.name) || (error as { $retryable?: unknown }).$retryable !== undefined);
