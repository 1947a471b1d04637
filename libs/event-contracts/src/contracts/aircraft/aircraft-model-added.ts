import { defineEventContract } from '../../define-event-contract';
import { aircraftModelDataSchema } from '../../schemas/aircraft-model-data';
import { AIRCRAFT_SOURCE } from '../../sources';
import { exampleMetadata } from '../example-metadata';
import { exampleAircraftModel } from './example-reference-data';

/**
 * An aircraft make/model (FAA ACFTREF row) was added to the reference data.
 *
 * @example
 * ```ts
 * const { data } = AircraftModelAdded.parse(event.detail); // data.code
 * ```
 */
export const AircraftModelAdded = defineEventContract({
  source: AIRCRAFT_SOURCE,
  detailType: 'AircraftModelAdded',
  version: 1,
  description: 'An aircraft make/model (FAA ACFTREF row) was added to the reference data. `data` is the new row.',
  entityType: 'AircraftModel',
  dataSchema: aircraftModelDataSchema,
  example: { metadata: exampleMetadata('AircraftModel', '0020901', 1, { type: 'service', id: 'ingestion' }), data: exampleAircraftModel },
});
