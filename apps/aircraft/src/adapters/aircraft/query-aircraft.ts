import { coreQueries } from '@aircraftops/tables';
import { QueryCommand } from 'dynamodb-toolbox/table/actions/query';

import type { Aircraft, AircraftImage, AircraftListFilter, AircraftPartition, Deregistration, Page, PageRequest } from '../../domain';
import { pageOptions, toPage } from '../page-options';
import type { AircraftEntities } from './aircraft-entities';

// The aircraft Queries, in a module of their own (see read-aircraft.ts).

const queryOf = (filter: AircraftListFilter) => {
  switch (filter.by) {
    case 'model':
      return coreQueries.aircraftOfModel(filter.mfrMdlCode);
    case 'registrant':
      return coreQueries.aircraftByRegistrantPrefix(filter.namePrefix);
    case 'expiring':
      return coreQueries.registrationsExpiringIn(filter.month);
  }
};

/**
 * The aircraft with its images and deregistrations, read together from its partition (one Query).
 * @example
 * const { aircraft, images } = await queryAircraftPartition(entities, '12345');
 */
export const queryAircraftPartition = async (entities: AircraftEntities, nNumber: string): Promise<AircraftPartition> => {
  const { Items = [] } = await entities.Aircraft.table
    .build(QueryCommand)
    .entities(entities.Aircraft, entities.AircraftImage, entities.Deregistration)
    .query(coreQueries.aircraftPartition(nNumber))
    // Small partitions (a record, a few images, a short history): read them whole. Items of an
    // entity added to the partition later are skipped rather than failing the read.
    .options({ maxPages: Infinity, showEntityAttr: true, noEntityMatchBehavior: 'DISCARD' })
    .send();
  let aircraft: Aircraft | undefined;
  const images: AircraftImage[] = [];
  const deregistrations: Deregistration[] = [];
  for (const { entity, ...item } of Items) {
    if (entity === 'Aircraft') aircraft = item as Aircraft;
    else if (entity === 'AircraftImage') images.push(item as AircraftImage);
    else deregistrations.push(item as Deregistration);
  }
  return { aircraft, images, deregistrations };
};

/**
 * One page of live aircraft by model, registrant prefix or expiry month.
 * @example
 * const { items, nextToken } = await queryAircraftList(entities, { by: 'model', mfrMdlCode: '2072738' }, { limit: 20 });
 */
export const queryAircraftList = async (entities: Pick<AircraftEntities, 'Aircraft'>, filter: AircraftListFilter, page: PageRequest): Promise<Page<Aircraft>> => {
  const query = queryOf(filter);
  return toPage(await entities.Aircraft.table.build(QueryCommand).entities(entities.Aircraft).query(query).options(pageOptions(page, query)).send());
};
