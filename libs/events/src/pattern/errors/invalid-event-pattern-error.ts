import { EventPatternError } from './event-pattern-error';

/**
 * The pattern was rejected, with the reason EventBridge gives (`Event pattern is not valid. Reason: …`).
 * `location` says where in the pattern the problem is (`$.detail.state[0].prefix`), when known.
 *
 * @example
 * ```ts
 * try { validateEventPattern({ source: 'x' }); }
 * catch (e) { if (InvalidEventPatternError.is(e)) console.error(e.reason, e.location); }
 * ```
 */
export class InvalidEventPatternError extends EventPatternError {
  override name = 'InvalidEventPatternException';
  /** EventBridge's reason text alone, without the `Event pattern is not valid.` prefix. */
  readonly reason: string;
  readonly location: string | undefined;

  constructor(reason: string, location?: string, options?: ErrorOptions) {
    super(
      'InvalidEventPatternException',
      `Event pattern is not valid. Reason: ${reason}${location ? `\n at ${location}` : ''}`,
      options,
    );
    this.reason = reason;
    this.location = location;
  }

  static override is(error: unknown): error is InvalidEventPatternError {
    return EventPatternError.is(error) && error.code === 'InvalidEventPatternException';
  }
}
