import { createJobsEntities } from '../jobs';
import { JobsTable } from '../tables';

// One module per table: a Lambda bundle keeps only the modules whose entities it uses (the package
// is side-effect free), so an audit function does not carry the core and jobs entities.
const jobs = createJobsEntities(JobsTable);

/** The IngestionJob entity on the default JobsTable (see `AircraftEntity`). @example await IngestionJobEntity.build(GetItemCommand).key({ jobId }).send(); */
export const IngestionJobEntity = jobs.IngestionJob;
/** @see AircraftEntity @example await JobRowErrorEntity.build(PutItemCommand).item(rowError).send(); */
export const JobRowErrorEntity = jobs.JobRowError;
/** @see AircraftEntity @example await JobCheckpointEntity.build(GetItemCommand).key({ jobId, fileIndex: 0 }).send(); */
export const JobCheckpointEntity = jobs.JobCheckpoint;
/** @see AircraftEntity @example await ScheduleEntity.build(GetItemCommand).key({ scheduleId }).send(); */
export const ScheduleEntity = jobs.Schedule;
