/** Delay between retries of a failed batch, so a failing consumer does not spin. */
export interface RetryBackoff {
  readonly initialMs: number;
  readonly maxMs: number;
}

/** 100 ms, doubling, capped at 2 s. */
export const DEFAULT_RETRY_BACKOFF: RetryBackoff = { initialMs: 100, maxMs: 2_000 };

/**
 * Delay before retry number `retry` (1-based).
 * @example
 * backoffDelay(3, DEFAULT_RETRY_BACKOFF); // 400
 */
export const backoffDelay = (retry: number, backoff: RetryBackoff): number =>
  Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.max(0, retry - 1));
