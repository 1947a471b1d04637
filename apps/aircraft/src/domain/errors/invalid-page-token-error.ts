import { ValidationError } from '@aircraftops/lambda-kit';

/**
 * A `nextToken` that no page of this list returned (corrupt, edited, or from another list).
 * on `query.nextToken`, rather than a DynamoDB error about the start key.
 * @example
 * throw new InvalidPageTokenError('it belongs to another list');
 */
export class InvalidPageTokenError extends ValidationError {
  constructor(
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super([{ field: 'query.nextToken', message: `is not a token of this list: ${reason}` }], { ...options, code: 'aircraft.invalidPageToken' });
    this.name = 'InvalidPageTokenError';
  }
}
