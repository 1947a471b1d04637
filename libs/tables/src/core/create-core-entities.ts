import type { CoreTableType } from '../tables';
import { createAircraftEntity } from './aircraft.entity';
import { createAircraftImageEntity } from './aircraft-image.entity';
import { createAircraftModelEntity } from './aircraft-model.entity';
import { createDeregistrationEntity } from './deregistration.entity';
import { createEngineModelEntity } from './engine-model.entity';

/**
 * Every CoreTable entity bound to one table instance.
 * @example
 * const { Aircraft, AircraftImage } = createCoreEntities(tables.CoreTable);
 */
export const createCoreEntities = (table: CoreTableType) => ({
  Aircraft: createAircraftEntity(table),
  AircraftModel: createAircraftModelEntity(table),
  EngineModel: createEngineModelEntity(table),
  AircraftImage: createAircraftImageEntity(table),
  Deregistration: createDeregistrationEntity(table),
});

export type CoreEntities = ReturnType<typeof createCoreEntities>;
