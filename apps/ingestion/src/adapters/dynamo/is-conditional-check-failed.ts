/**
 * Structural check, whichever SDK copy threw it (`@aircraftops/tables` keeps its own private).
 * @example
 * if (isConditionalCheckFailed(error)) return 'conflict';
 */
export const isConditionalCheckFailed = (error: unknown): boolean =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException';
