/**
 * An entry bigger than PutEvents accepts, so no retry can ever send it. Reported as that entry's failure;
 * the other entries of the call are still published.
 *
 * @example
 * ```ts
 * const failure = result.failures.find((f) => f.error instanceof EventTooLargeError);
 * if (failure) logger.error(failure.errorMessage); // names the size and the limit
 * ```
 */
export class EventTooLargeError extends Error {
  override readonly name = 'EventTooLargeError';
  readonly code = 'events.entryTooLarge';

  constructor(
    readonly index: number,
    readonly source: string,
    readonly detailType: string,
    readonly sizeBytes: number,
    readonly limitBytes: number,
    options?: ErrorOptions,
  ) {
    super(
      `Event entry ${index} (${source} ${detailType}) is ${sizeBytes} bytes; PutEvents accepts at most ${limitBytes} bytes per entry ` +
        '(Source + DetailType + Detail + Resources, +14 with Time). Publish a reference to the payload instead of the payload.',
      options,
    );
  }
}
