export { createJobsEntities, type JobsEntities } from './create-jobs-entities';
export {
  createIngestionJobEntity,
  type IngestionJob,
  type IngestionJobEntityType,
  ingestionJobSchema,
} from './ingestion-job.entity';
export {
  createJobCheckpointEntity,
  type JobCheckpoint,
  type JobCheckpointEntityType,
  jobCheckpointSchema,
} from './job-checkpoint.entity';
export {
  createJobRowErrorEntity,
  type JobRowError,
  type JobRowErrorEntityType,
  jobRowErrorSchema,
  ROW_ERROR_RETENTION_SECONDS,
  ROW_LEVEL_FIELD,
} from './job-row-error.entity';
export { createScheduleEntity, type Schedule, type ScheduleEntityType, scheduleSchema } from './schedule.entity';
