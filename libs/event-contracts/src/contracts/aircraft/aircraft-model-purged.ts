import { defineEventContract } from '../../define-event-contract';
import { aircraftModelDataSchema } from '../../schemas/aircraft-model-data';
import { AIRCRAFT_SOURCE } from '../../sources';
import { exampleMetadata } from '../example-metadata';
import { exampleAircraftModel } from './example-reference-data';

/**
 * An aircraft make/model (FAA ACFTREF row) was removed from the reference data.
 *
 * @example
 * ```ts
 * const { data } = AircraftModelPurged.parse(event.detail);
 * ```
 */
export const AircraftModelPurged = defineEventContract({
  source: AIRCRAFT_SOURCE,
  detailType: 'AircraftModelPurged',
  version: 1,
  description: 'An aircraft make/model (FAA ACFTREF row) was removed from the reference data. `data` is the row as it was.',
  entityType: 'AircraftModel',
  dataSchema: aircraftModelDataSchema,
  example: { metadata: exampleMetadata('AircraftModel', '0020901', 2, { type: 'service', id: 'ingestion' }), data: exampleAircraftModel },
});
