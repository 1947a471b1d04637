import { createAuditEntities } from '../audit';
import { createCoreEntities } from '../core';
import { createJobsEntities } from '../jobs';
import { AuditEventsTable, CoreTable, JobsTable } from '../tables';

const core = createCoreEntities(CoreTable);
const jobs = createJobsEntities(JobsTable);
const audit = createAuditEntities(AuditEventsTable);

/**
 * The entities bound to the module-level default tables (configuration from env, resolved at the
 * first request), for Lambda handlers: created once per container, reused by warm invocations.
 * @example
 * const { Item } = await AircraftEntity.build(GetItemCommand).key({ nNumber: '12345' }).send();
 */
export const AircraftEntity = core.Aircraft;
/** @see AircraftEntity @example await AircraftModelEntity.build(GetItemCommand).key({ code: '2072738' }).send(); */
export const AircraftModelEntity = core.AircraftModel;
/** @see AircraftEntity @example await EngineModelEntity.build(GetItemCommand).key({ code: '41514' }).send(); */
export const EngineModelEntity = core.EngineModel;
/** @see AircraftEntity @example await AircraftImageEntity.build(GetItemCommand).key({ nNumber, imageId }).send(); */
export const AircraftImageEntity = core.AircraftImage;
/** @see AircraftEntity @example await DeregistrationEntity.build(GetItemCommand).key({ nNumber, cancelDate, serialNumber }).send(); */
export const DeregistrationEntity = core.Deregistration;
/** @see AircraftEntity @example await IngestionJobEntity.build(GetItemCommand).key({ jobId }).send(); */
export const IngestionJobEntity = jobs.IngestionJob;
/** @see AircraftEntity @example await JobRowErrorEntity.build(PutItemCommand).item(rowError).send(); */
export const JobRowErrorEntity = jobs.JobRowError;
/** @see AircraftEntity @example await JobCheckpointEntity.build(GetItemCommand).key({ jobId, fileIndex: 0 }).send(); */
export const JobCheckpointEntity = jobs.JobCheckpoint;
/** @see AircraftEntity @example await ScheduleEntity.build(GetItemCommand).key({ scheduleId }).send(); */
export const ScheduleEntity = jobs.Schedule;
/** @see AircraftEntity @example await AuditEventEntity.build(PutItemCommand).item(event).send(); */
export const AuditEventEntity = audit.AuditEvent;
