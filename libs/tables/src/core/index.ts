export { type Aircraft, type AircraftEntityType, aircraftSchema, createAircraftEntity } from './aircraft.entity';
export {
  type AircraftImage,
  type AircraftImageEntityType,
  aircraftImageSchema,
  createAircraftImageEntity,
} from './aircraft-image.entity';
export {
  type AircraftModel,
  type AircraftModelEntityType,
  aircraftModelSchema,
  createAircraftModelEntity,
} from './aircraft-model.entity';
export { type CoreEntities, createCoreEntities } from './create-core-entities';
export {
  createDeregistrationEntity,
  type Deregistration,
  type DeregistrationEntityType,
  deregistrationSchema,
} from './deregistration.entity';
export {
  createEngineModelEntity,
  type EngineModel,
  type EngineModelEntityType,
  engineModelSchema,
} from './engine-model.entity';
