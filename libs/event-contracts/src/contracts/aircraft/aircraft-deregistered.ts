import { defineEventContract } from '../../define-event-contract';
import { aircraftDataSchema } from '../../schemas/aircraft-data';
import { AIRCRAFT_SOURCE } from '../../sources';
import { exampleMetadata } from '../example-metadata';
import { exampleAircraft } from './example-aircraft';

/**
 * An aircraft was soft-deleted: it left every index and will be purged by TTL.
 *
 * @example
 * ```ts
 * const { data } = AircraftDeregistered.parse(event.detail);
 * ```
 */
export const AircraftDeregistered = defineEventContract({
  source: AIRCRAFT_SOURCE,
  detailType: 'AircraftDeregistered',
  version: 1,
  description:
    'An aircraft was deregistered (soft delete): it no longer appears in any lookup and will be purged when its TTL expires. `data` is the aircraft as it was.',
  entityType: 'Aircraft',
  dataSchema: aircraftDataSchema,
  example: { metadata: exampleMetadata('Aircraft', '511CR', 3), data: exampleAircraft },
});
