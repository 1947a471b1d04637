/** Codes of the pattern matcher's errors; callers branch on these rather than on messages. */
export type EventPatternErrorCode = 'InvalidEventPatternException' | 'InvalidEventException';

/**
 * Base class of every error the event-pattern matcher throws.
 *
 * @example
 * ```ts
 * try { testEventPattern(pattern, event); } catch (e) { if (EventPatternError.is(e)) console.error(e.code); }
 * ```
 */
export class EventPatternError extends Error {
  override name = 'EventPatternError';
  readonly code: EventPatternErrorCode;

  constructor(code: EventPatternErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }

  /** Structural guard: safe across duplicated package copies, unlike `instanceof`. */
  static is(error: unknown): error is EventPatternError {
    const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
    return code === 'InvalidEventPatternException' || code === 'InvalidEventException';
  }
}
