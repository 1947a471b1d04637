import type { FailedEntryOutcome, PublishResult } from '../publish-types';

const LISTED_FAILURES = 10;

/**
 * Thrown by `publishOrThrow` when at least one entry was not published. The full per-entry result is kept,
 * so a caller can still tell which entries went out.
 *
 * @example
 * ```ts
 * try {
 *   await publisher.publishOrThrow(entries);
 * } catch (error) {
 *   if (error instanceof PublishFailedError) return error.failures.map((f) => f.index);
 *   throw error;
 * }
 * ```
 */
export class PublishFailedError extends Error {
  override readonly name = 'PublishFailedError';
  readonly code = 'events.publishFailed';
  readonly failures: readonly FailedEntryOutcome[];

  constructor(
    readonly result: PublishResult,
    options?: ErrorOptions,
  ) {
    const failures = result.failures;
    const listed = failures
      .slice(0, LISTED_FAILURES)
      .map((failure) => `#${failure.index} ${failure.errorCode} after ${failure.attempts} attempt(s): ${failure.errorMessage}`);
    const more = failures.length > LISTED_FAILURES ? [`… and ${failures.length - LISTED_FAILURES} more`] : [];
    super(
      `${failures.length} of ${result.entries.length} event(s) could not be published: ${[...listed, ...more].join('; ')}`,
      options,
    );
    this.failures = failures;
  }
}
