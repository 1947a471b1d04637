import { NotFoundError } from '@aircraftops/lambda-kit';

/** The kinds of registry reference data the API serves. */
export type ReferenceDataKind = 'AircraftModel' | 'EngineModel';

/**
 * No live aircraft or engine model has this code. HTTP 404.
 * @example
 * throw new ReferenceDataNotFoundError('EngineModel', '41514'); // "EngineModel 41514 not found"
 */
export class ReferenceDataNotFoundError extends NotFoundError {
  constructor(
    readonly kind: ReferenceDataKind,
    readonly referenceCode: string,
    options?: ErrorOptions,
  ) {
    super(`${kind} ${referenceCode} not found`, options);
    this.name = 'ReferenceDataNotFoundError';
  }
}
