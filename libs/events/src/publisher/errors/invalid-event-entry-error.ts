/**
 * An entry that cannot be turned into a PutEvents entry (its `detail` is not a JSON object, or does not
 * serialise). Reported as that entry's failure without sending it.
 *
 * @example
 * ```ts
 * if (failure.error instanceof InvalidEventEntryError) throw failure.error; // a producer bug, not an outage
 * ```
 */
export class InvalidEventEntryError extends Error {
  override readonly name = 'InvalidEventEntryError';
  readonly code = 'events.invalidEntry';

  constructor(
    readonly index: number,
    reason: string,
    options?: ErrorOptions,
  ) {
    super(`Event entry ${index} is invalid: ${reason}`, options);
  }
}
