import type { JobsEntities } from '@aircraftops/tables';

/** The JobsTable entities a job store works on. */
export type JobEntities = Pick<JobsEntities, 'IngestionJob' | 'JobCheckpoint' | 'JobRowError'>;
