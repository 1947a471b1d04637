import { EventPatternError } from './event-pattern-error';

/**
 * The event handed to the matcher is not a JSON object (or not JSON at all).
 *
 * @example
 * ```ts
 * try { testEventPattern({ source: ['a'] }, '[1]'); }
 * catch (e) { if (InvalidEventError.is(e)) console.error(e.message); }
 * ```
 */
export class InvalidEventError extends EventPatternError {
  override name = 'InvalidEventException';

  constructor(reason: string, options?: ErrorOptions) {
    super('InvalidEventException', `Event is not valid. Reason: ${reason}`, options);
  }

  static override is(error: unknown): error is InvalidEventError {
    return EventPatternError.is(error) && error.code === 'InvalidEventException';
  }
}
