/** One failed check inside a `detail`, with the dotted path that failed (`metadata.entity.id`, `data.otherNames.2`). */
export interface EventValidationIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * Thrown by a contract's `parse` when a `detail` does not match the contract. The message names every failing
 * path so that a producer or consumer log line is enough to find the bad field.
 *
 * @example
 * ```ts
 * try {
 *   AircraftRegistered.parse(event.detail);
 * } catch (error) {
 *   if (error instanceof EventValidationError) logger.error(error.message, { issues: error.issues });
 *   throw error;
 * }
 * ```
 */
export class EventValidationError extends Error {
  override readonly name = 'EventValidationError';
  readonly code = 'events.invalidDetail';

  constructor(
    readonly source: string,
    readonly detailType: string,
    readonly issues: readonly EventValidationIssue[],
    options?: ErrorOptions,
  ) {
    super(
      `Invalid ${detailType} detail (source ${source}): ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
      options,
    );
  }
}
