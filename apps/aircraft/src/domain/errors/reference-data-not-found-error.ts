import { NotFoundError } from '@aircraftops/lambda-kit';

/** The kinds of registry reference data the API serves. */
export type ReferenceDataKind = 'AircraftModel' | 'EngineModel';

/**
 * No live aircraft or engine model has this code..
 * @example
 * throw new ReferenceDataNotFoundError('EngineModel', '41514'); // "EngineModel 41514 not found"
 */
export class ReferenceDataNotFoundError extends NotFoundError {
  constructor(
    readonly referenceKind: ReferenceDataKind,
    readonly referenceCode: string,
    options?: ErrorOptions,
  ) {
    super(`${referenceKind} ${referenceCode} not found`, { ...options, code: 'aircraft.referenceDataNotFound' });
    this.name = 'ReferenceDataNotFoundError';
  }
}
