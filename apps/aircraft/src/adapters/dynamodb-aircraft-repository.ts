import type { AircraftRepository } from '../domain';
import type { AircraftEntities } from './aircraft/aircraft-entities';
import { queryAircraftList, queryAircraftPartition } from './aircraft/query-aircraft';
import { readAircraft } from './aircraft/read-aircraft';
import { softDeleteAircraftItem, updateAircraftItem } from './aircraft/write-aircraft';

/**
 * The whole AircraftRepository on CoreTable. Each operation lives in `aircraft/` by DynamoDB action
 * (GetItem, Query, conditional writes), so a handler needing some of them builds its port from those
 * modules alone (see the aircraft wiring) and bundles nothing else.
 * @example
 * const repository = createDynamoDbAircraftRepository(createCoreEntities(tables.CoreTable));
 */
export const createDynamoDbAircraftRepository = (entities: AircraftEntities): AircraftRepository => ({
  get: (nNumber) => readAircraft(entities, nNumber),
  getPartition: (nNumber) => queryAircraftPartition(entities, nNumber),
  list: (filter, page) => queryAircraftList(entities, filter, page),
  update: (nNumber, changes, write) => updateAircraftItem(entities, nNumber, changes, write),
  softDelete: (nNumber, write) => softDeleteAircraftItem(entities, nNumber, write),
});
