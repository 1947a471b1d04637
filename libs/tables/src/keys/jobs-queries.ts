import { validateIsoTimestamp } from './identifiers';
import { ingestionJobKeys, jobCheckpointKeys, jobRowErrorKeys, scheduleKeys } from './jobs-keys';

/**
 * Key conditions of the JobsTable access patterns, as dynamodb-toolbox `Query` objects.
 * @example
 * await JobsTable.build(QueryCommand).entities(IngestionJobEntity).query(jobsQueries.jobsByStatus('RUNNING')).options({ reverse: true }).send();
 */
/** The table key of every schedule item (the schedule list's positions are checked against it). */
export const SCHEDULE_ITEM = { partition: 'SCHEDULE#', sort: 'SCHEDULE' } as const;

export const jobsQueries = {
  /** Jobs in a status, oldest first; pass `reverse: true` for newest first. */
  jobsByStatus: (status: unknown) => ({
    index: 'GSI1' as const,
    partition: ingestionJobKeys.statusPartition(status),
    tableKeyPrefixes: { partition: 'JOB#', sort: 'JOB' },
  }),
  /** A job's row errors by file then line; only one file's when `fileIndex` is given. */
  rowErrorsOfJob: (jobId: unknown, fileIndex?: number) => ({
    partition: ingestionJobKeys.partition(jobId),
    range: {
      beginsWith: fileIndex === undefined ? jobRowErrorKeys.sortPrefix : jobRowErrorKeys.filePrefix(fileIndex),
    },
  }),
  checkpointsOfJob: (jobId: unknown) => ({
    partition: ingestionJobKeys.partition(jobId),
    range: { beginsWith: jobCheckpointKeys.sortPrefix },
  }),
  /** Enabled schedules whose next run is at or before `now`, soonest first. */
  dueSchedules: (now: unknown) => ({
    index: 'GSI1' as const,
    partition: scheduleKeys.duePartition,
    range: { lte: `${validateIsoTimestamp(now, 'now')}#\uffff` },
    tableKeyPrefixes: SCHEDULE_ITEM,
  }),
};
