import { defineEventContract } from '../../define-event-contract';
import { aircraftDataSchema } from '../../schemas/aircraft-data';
import { AIRCRAFT_SOURCE } from '../../sources';
import { exampleMetadata } from '../example-metadata';
import { exampleAircraft } from './example-aircraft';

/**
 * An aircraft record was created (first registration or first import).
 *
 * @example
 * ```ts
 * const { data } = AircraftRegistered.parse(event.detail);
 * ```
 */
export const AircraftRegistered = defineEventContract({
  source: AIRCRAFT_SOURCE,
  detailType: 'AircraftRegistered',
  version: 1,
  description: 'An aircraft record was created (first registration or first import). `data` is the new aircraft.',
  entityType: 'Aircraft',
  dataSchema: aircraftDataSchema,
  example: { metadata: exampleMetadata('Aircraft', '511CR', 1), data: exampleAircraft },
});
