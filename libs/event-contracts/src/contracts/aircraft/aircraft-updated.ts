import { defineEventContract } from '../../define-event-contract';
import { aircraftDataSchema } from '../../schemas/aircraft-data';
import { AIRCRAFT_SOURCE } from '../../sources';
import { exampleMetadata } from '../example-metadata';
import { exampleAircraft } from './example-aircraft';

/**
 * An aircraft record changed; `changes` lists every changed field (a write that changed nothing emits nothing).
 *
 * @example
 * ```ts
 * const { changes } = AircraftUpdated.parse(event.detail);
 * if ('statusCode' in changes) notifyStatusChange(changes.statusCode);
 * ```
 */
export const AircraftUpdated = defineEventContract({
  source: AIRCRAFT_SOURCE,
  detailType: 'AircraftUpdated',
  version: 1,
  description:
    'An aircraft record changed. `data` is the aircraft after the change; `changes` (required, never empty) maps each changed field to its old and new value.',
  entityType: 'Aircraft',
  dataSchema: aircraftDataSchema,
  changes: 'required',
  example: {
    metadata: exampleMetadata('Aircraft', '511CR', 2),
    data: { ...exampleAircraft, statusCode: 'T', lastActionDate: '2025-12-02' },
    changes: { statusCode: { old: 'V', new: 'T' }, lastActionDate: { old: '2025-11-21', new: '2025-12-02' } },
  },
});
