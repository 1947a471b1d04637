import { NotFoundError } from '@aircraftops/lambda-kit';

/**
 * No live aircraft has this N-number (never registered here, or soft deleted)..
 * @example
 * throw new AircraftNotFoundError('12345'); // "Aircraft N12345 not found"
 */
export class AircraftNotFoundError extends NotFoundError {
  constructor(
    readonly nNumber: string,
    options?: ErrorOptions,
  ) {
    super(`Aircraft N${nNumber} not found`, { ...options, code: 'aircraft.notFound' });
    this.name = 'AircraftNotFoundError';
  }
}
