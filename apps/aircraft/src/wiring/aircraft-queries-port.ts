import { AircraftEntity, AircraftImageEntity, DeregistrationEntity } from '@aircraftops/tables';

import { queryAircraftList, queryAircraftPartition } from '../adapters/aircraft/query-aircraft';
import type { AircraftRepository } from '../domain';
import { requireCoreTable } from './require-core-table';

/** Reading an aircraft's partition and listing aircraft. */
export type AircraftQueries = Pick<AircraftRepository, 'getPartition' | 'list'>;

let built: AircraftQueries | undefined;

/**
 * The aircraft Queries alone, built at its first use (see `aircraftReaderPort`).
 * @example
 * getAircraft(nNumber, { aircraft: aircraftQueriesPort() });
 */
export const aircraftQueriesPort = (): AircraftQueries => {
  if (built) return built;
  const entities = { Aircraft: AircraftEntity, AircraftImage: AircraftImageEntity, Deregistration: DeregistrationEntity };
  return (built = {
    getPartition: (nNumber) => queryAircraftPartition(entities, nNumber),
    list: (filter, page) => queryAircraftList(entities, filter, page),
  });
};

requireCoreTable();
