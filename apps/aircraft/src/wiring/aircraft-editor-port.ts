import { AircraftEntity } from '@aircraftops/tables';

import { readAircraft } from '../adapters/aircraft/read-aircraft';
import { softDeleteAircraftItem, updateAircraftItem } from '../adapters/aircraft/write-aircraft';
import type { AircraftRepository } from '../domain';
import { requireCoreTable } from './require-core-table';

/** Changing an aircraft: read it, then a versioned write. */
export type AircraftEditor = Pick<AircraftRepository, 'get' | 'update' | 'softDelete'>;

let built: AircraftEditor | undefined;

/**
 * The aircraft record read and its conditional writes (no Query), built at its first use (see `aircraftReaderPort`).
 * @example
 * updateAircraft(nNumber, patch, expectedVersion, context, { aircraft: aircraftEditorPort() });
 */
export const aircraftEditorPort = (): AircraftEditor => {
  if (built) return built;
  const entities = { Aircraft: AircraftEntity };
  return (built = {
    get: (nNumber) => readAircraft(entities, nNumber),
    update: (nNumber, changes, write) => updateAircraftItem(entities, nNumber, changes, write),
    softDelete: (nNumber, write) => softDeleteAircraftItem(entities, nNumber, write),
  });
};

requireCoreTable();
