/** Codes callers can branch on without `instanceof` (safe across package copies). */
export type LocalQueueErrorCode =
  | 'queue.invalidOptions'
  | 'queue.journalCorrupt'
  | 'queue.closed';

/**
 * Base error of the local SQS emulation.
 *
 * @example
 * ```ts
 * try { queue.send(body); } catch (error) {
 *   if (LocalQueueError.is(error) && error.code === 'queue.closed') { ... }
 * }
 * ```
 */
export class LocalQueueError extends Error {
  override readonly name: string = 'LocalQueueError';
  readonly code: LocalQueueErrorCode;

  constructor(code: LocalQueueErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }

  /** Structural guard: true for any error carrying a `queue.*` code. */
  static is(error: unknown): error is LocalQueueError {
    const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
    return typeof code === 'string' && code.startsWith('queue.');
  }
}

/** Queue settings outside the ranges SQS / the subscription declaration allow. */
export class InvalidQueueOptionsError extends LocalQueueError {
  override readonly name = 'InvalidQueueOptionsError';
  constructor(message: string, options?: ErrorOptions) {
    super('queue.invalidOptions', message, options);
  }
}

/** A journal line that is not the torn last line of a crash cannot be read: refusing beats losing messages. */
export class QueueJournalCorruptError extends LocalQueueError {
  override readonly name = 'QueueJournalCorruptError';
  constructor(message: string, options?: ErrorOptions) {
    super('queue.journalCorrupt', message, options);
  }
}

/** The queue was closed (runtime stopping); nothing more is accepted. */
export class QueueClosedError extends LocalQueueError {
  override readonly name = 'QueueClosedError';
  constructor(queueName: string) {
    super('queue.closed', `Queue ${queueName} is closed.`);
  }
}
