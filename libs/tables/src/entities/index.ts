export { createEntities, type Entities } from './create-entities';
export { AuditChainHeadEntity, AuditEventEntity, AuditEventLookupEntity } from './default-audit-entities';
export { AircraftEntity, AircraftImageEntity, AircraftModelEntity, DeregistrationEntity, EngineModelEntity } from './default-core-entities';
export { IngestionJobEntity, JobCheckpointEntity, JobRowErrorEntity, ScheduleEntity } from './default-jobs-entities';
