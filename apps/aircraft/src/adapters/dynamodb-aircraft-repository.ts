import { type CoreEntities, coreQueries, isTablesError, softDeleteItem, updateItem, type VersionConflictError } from '@aircraftops/tables';
import { GetItemCommand } from 'dynamodb-toolbox/entity/actions/get';
import { QueryCommand } from 'dynamodb-toolbox/table/actions/query';

import {
  type Aircraft,
  type AircraftChanges,
  type AircraftImage,
  type AircraftListFilter,
  AircraftNotFoundError,
  type AircraftPartition,
  type AircraftRepository,
  AircraftVersionConflictError,
  type Deregistration,
  type Page,
  type PageRequest,
  type VersionedWrite,
} from '../domain';
import { pageOptions, toPage } from './page-options';
import { softDeleteRetentionSeconds } from './soft-delete-retention';

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

/** The table library's write errors as the domain's. */
const translateWriteError = (nNumber: string, error: unknown): never => {
  if (isTablesError(error, 'tables.versionConflict')) {
    const { expectedVersion, currentVersion } = error as VersionConflictError;
    throw new AircraftVersionConflictError(nNumber, expectedVersion, currentVersion, { cause: error });
  }
  if (isTablesError(error, 'tables.itemNotFound')) throw new AircraftNotFoundError(nNumber, { cause: error });
  throw error;
};

/**
 * The AircraftRepository on CoreTable, through the entities and write functions of @aircraftops/tables
 * (keys and index keys are built there, never here).
 * @example
 * const repository = createDynamoDbAircraftRepository(createCoreEntities(tables.CoreTable));
 */
export const createDynamoDbAircraftRepository = (
  entities: Pick<CoreEntities, 'Aircraft' | 'AircraftImage' | 'Deregistration'>,
): AircraftRepository => {
  const table = entities.Aircraft.table;
  return {
    async get(nNumber) {
      const { Item } = await entities.Aircraft.build(GetItemCommand).key({ nNumber }).send();
      return Item;
    },

    async getPartition(nNumber): Promise<AircraftPartition> {
      const { Items = [] } = await table
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
    },

    async list(filter: AircraftListFilter, page: PageRequest): Promise<Page<Aircraft>> {
      const query = queryOf(filter);
      return toPage(await table.build(QueryCommand).entities(entities.Aircraft).query(query).options(pageOptions(page, query)).send());
    },

    async update(nNumber: string, changes: AircraftChanges, write: VersionedWrite): Promise<Aircraft> {
      try {
        return await updateItem(entities.Aircraft, { nNumber }, changes, write);
      } catch (error) {
        return translateWriteError(nNumber, error);
      }
    },

    async softDelete(nNumber: string, write: VersionedWrite): Promise<void> {
      try {
        // TTL purges it after the function's declared retention (AIRCRAFTOPS_SOFT_DELETE_RETENTION).
        const deleteAt = Math.floor(Date.now() / 1000) + softDeleteRetentionSeconds();
        await softDeleteItem(entities.Aircraft, { nNumber }, { ...write, deleteAt });
      } catch (error) {
        translateWriteError(nNumber, error);
      }
    },
  };
};
