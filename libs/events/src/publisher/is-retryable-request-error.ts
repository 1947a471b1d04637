const THROTTLING_ERROR_NAMES = new Set([
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'ProvisionedThroughputExceededException',
  'LimitExceededException',
]);

/**
 * Whether a thrown PutEvents call may succeed if sent again: throttling, service-side faults and transport
 * failures (no `$fault`: the request never got a modelled answer) are retried; other client faults
 * (ValidationException, AccessDeniedException, ResourceNotFoundException for a missing bus) would fail again.
 *
 * @example
 * ```ts
 * isRetryableRequestError(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $fault: 'client' })); // true
 * ```
 */
export function isRetryableRequestError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, $fault, $retryable } = error as { name?: unknown; $fault?: unknown; $retryable?: unknown };
  if ($retryable) return true;
  if (typeof name === 'string' && THROTTLING_ERROR_NAMES.has(name)) return true;
  if ($fault === 'server') return true;
  return $fault === undefined;
}
