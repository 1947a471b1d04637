import { NotFoundError } from '@aircraftops/lambda-kit';

/**
 * The aircraft has no live image with this id..
 * @example
 * throw new AircraftImageNotFoundError('12345', '0b9c…'); // "Image 0b9c… of aircraft N12345 not found"
 */
export class AircraftImageNotFoundError extends NotFoundError {
  constructor(
    readonly nNumber: string,
    readonly imageId: string,
    options?: ErrorOptions,
  ) {
    super(`Image ${imageId} of aircraft N${nNumber} not found`, { ...options, code: 'aircraft.imageNotFound' });
    this.name = 'AircraftImageNotFoundError';
  }
}
