/** Lifecycle of an ingestion job. Terminal: COMPLETED, COMPLETED_WITH_ERRORS, FAILED, CANCELLED. */
export const JOB_STATUSES = ['QUEUED', 'RUNNING', 'COMPLETED', 'COMPLETED_WITH_ERRORS', 'FAILED', 'CANCELLED'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
