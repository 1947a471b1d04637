import { type CoreEntities, coreQueries } from '@aircraftops/tables';
import { GetItemCommand } from 'dynamodb-toolbox/entity/actions/get';
import { QueryCommand } from 'dynamodb-toolbox/table/actions/query';

import type { ReferenceDataRepository } from '../domain';
import { pageOptions, toPage } from './page-options';

/**
 * The ReferenceDataRepository on CoreTable: models and engines by code (table), models by
 * manufacturer (GSI1).
 * @example
 * const referenceData = createDynamoDbReferenceDataRepository(createCoreEntities(tables.CoreTable));
 */
export const createDynamoDbReferenceDataRepository = (
  entities: Pick<CoreEntities, 'AircraftModel' | 'EngineModel'>,
): ReferenceDataRepository => ({
  async getModel(code) {
    const { Item } = await entities.AircraftModel.build(GetItemCommand).key({ code }).send();
    return Item;
  },

  async getEngine(code) {
    const { Item } = await entities.EngineModel.build(GetItemCommand).key({ code }).send();
    return Item;
  },

  async listModelsByManufacturer(manufacturer, page) {
    const query = coreQueries.modelsOfManufacturer(manufacturer);
    return toPage(
      await entities.AircraftModel.table.build(QueryCommand).entities(entities.AircraftModel).query(query).options(pageOptions(page, query)).send(),
    );
  },
});
