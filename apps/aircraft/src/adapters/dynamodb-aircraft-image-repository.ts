import { ConflictError } from '@aircraftops/lambda-kit';
import { type CoreEntities, createItem, isTablesError, softDeleteItem } from '@aircraftops/tables';
import { GetItemCommand } from 'dynamodb-toolbox/entity/actions/get';

import { type AircraftImageRepository, AircraftImageNotFoundError } from '../domain';

/**
 * The AircraftImageRepository on CoreTable (`PK=AIRCRAFT#<n>`, `SK=IMAGE#<id>`).
 * @example
 * const images = createDynamoDbAircraftImageRepository(createCoreEntities(tables.CoreTable));
 */
export const createDynamoDbAircraftImageRepository = (entities: Pick<CoreEntities, 'AircraftImage'>): AircraftImageRepository => ({
  async get(nNumber, imageId) {
    const { Item } = await entities.AircraftImage.build(GetItemCommand).key({ nNumber, imageId }).send();
    return Item;
  },

  async add(nNumber, imageId, image, context) {
    return createItem(entities.AircraftImage, { ...image, nNumber, imageId }, context);
  },

  async softDelete(nNumber, imageId, write) {
    try {
      await softDeleteItem(entities.AircraftImage, { nNumber, imageId }, write);
    } catch (error) {
      if (isTablesError(error, 'tables.itemNotFound')) throw new AircraftImageNotFoundError(nNumber, imageId, { cause: error });
      if (isTablesError(error, 'tables.versionConflict')) {
        throw new ConflictError(`Image ${imageId} of aircraft N${nNumber} changed while it was being removed; retry`, { cause: error });
      }
      throw error;
    }
  },
});
