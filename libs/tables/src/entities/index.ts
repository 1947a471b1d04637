export { createEntities, type Entities } from './create-entities';
export {
  AircraftEntity,
  AircraftImageEntity,
  AircraftModelEntity,
  AuditEventEntity,
  DeregistrationEntity,
  EngineModelEntity,
  IngestionJobEntity,
  JobCheckpointEntity,
  JobRowErrorEntity,
  ScheduleEntity,
} from './default-entities';
