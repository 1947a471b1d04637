/** What went wrong with a stream record; callers branch on it (see `isStreamBridgeError`). */
export type StreamBridgeErrorCode =
  | 'streamBridge.unknownEntity'
  | 'streamBridge.incompleteItem'
  | 'streamBridge.malformedRecord'
  | 'streamBridge.unformattableItem';

/**
 * Base of the stream bridge's errors. Each one fails its record: the record is reported as a batch item
 * failure, retried, and in the end lands in the on-failure destination; none is ever dropped silently.
 *
 * @example
 * ```ts
 * if (isStreamBridgeError(error)) logger.error(error.message, { code: error.code });
 * ```
 */
export class StreamBridgeError extends Error {
  override readonly name: string = 'StreamBridgeError';

  constructor(
    readonly code: StreamBridgeErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * Structural guard, safe across package copies.
 *
 * @example
 * ```ts
 * isStreamBridgeError(error) && error.code === 'streamBridge.unknownEntity';
 * ```
 */
export const isStreamBridgeError = (error: unknown): error is StreamBridgeError =>
  error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && String((error as { code?: unknown }).code).startsWith('streamBridge.');
