import { defineEventContract } from '../../define-event-contract';
import { aircraftModelDataSchema } from '../../schemas/aircraft-model-data';
import { AIRCRAFT_SOURCE } from '../../sources';
import { exampleMetadata } from '../example-metadata';
import { exampleAircraftModel } from './example-reference-data';

/**
 * An aircraft make/model (FAA ACFTREF row) changed; `changes` lists every changed field.
 *
 * @example
 * ```ts
 * const { data, changes } = AircraftModelUpdated.parse(event.detail);
 * ```
 */
export const AircraftModelUpdated = defineEventContract({
  source: AIRCRAFT_SOURCE,
  detailType: 'AircraftModelUpdated',
  version: 1,
  description:
    'An aircraft make/model (FAA ACFTREF row) changed. `data` is the row after the change; `changes` (required, never empty) maps each changed field to its old and new value.',
  entityType: 'AircraftModel',
  dataSchema: aircraftModelDataSchema,
  changes: 'required',
  example: {
    metadata: exampleMetadata('AircraftModel', '0020901', 2, { type: 'service', id: 'ingestion' }),
    data: { ...exampleAircraftModel, numberOfSeats: 16 },
    changes: { numberOfSeats: { old: 15, new: 16 } },
  },
});
