import type { JobsTableType } from '../tables';
import { createIngestionJobEntity } from './ingestion-job.entity';
import { createJobCheckpointEntity } from './job-checkpoint.entity';
import { createJobRowErrorEntity } from './job-row-error.entity';
import { createScheduleEntity } from './schedule.entity';

/**
 * Every JobsTable entity bound to one table instance.
 * @example
 * const { IngestionJob, JobRowError } = createJobsEntities(tables.JobsTable);
 */
export const createJobsEntities = (table: JobsTableType) => ({
  IngestionJob: createIngestionJobEntity(table),
  JobRowError: createJobRowErrorEntity(table),
  JobCheckpoint: createJobCheckpointEntity(table),
  Schedule: createScheduleEntity(table),
});

export type JobsEntities = ReturnType<typeof createJobsEntities>;
