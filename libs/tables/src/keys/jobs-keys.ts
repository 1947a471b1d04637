import { JOB_STATUSES } from '../common';
import { padInteger, validateId, validateIsoTimestamp, validateOneOf, validateText } from './identifiers';
import { escapeKeyPart } from './escape-key-part';
import { assertKeySize } from './key-limits';

/**
 * Keys of `IngestionJob` items and the jobs-by-status index (newest first: query it in reverse).
 * @example
 * ingestionJobKeys.primary('01J9Z'); // { PK: 'JOB#01J9Z', SK: 'JOB' }
 */
export const ingestionJobKeys = {
  partition: (jobId: unknown): string => `JOB#${validateId(jobId, 'jobId')}`,
  primary: (jobId: unknown) => ({ PK: ingestionJobKeys.partition(jobId), SK: 'JOB' }),
  statusPartition: (status: unknown): string => `JOBSTATUS#${validateOneOf(status, JOB_STATUSES, 'status')}`,
  statusIndex: (jobId: unknown, status: unknown, createdAt: unknown) => ({
    GSI1PK: ingestionJobKeys.statusPartition(status),
    GSI1SK: `${validateIsoTimestamp(createdAt, 'createdAt')}#${validateId(jobId, 'jobId')}`,
  }),
};

/**
 * Keys of `JobRowError` items: `ERROR#<file index, 2 digits>#<line, 10 digits>#<field>`, so a job's
 * errors sort by file then line, and two errors on one line (different fields or files) never collide.
 * @example
 * jobRowErrorKeys.primary('01J9Z', 0, 42, 'MODE S CODE'); // SK 'ERROR#00#0000000042#MODE S CODE'
 */
export const jobRowErrorKeys = {
  sortPrefix: 'ERROR#',
  filePrefix: (fileIndex: unknown): string => `ERROR#${padInteger(fileIndex, 2, 'fileIndex')}#`,
  primary: (jobId: unknown, fileIndex: unknown, line: unknown, field: unknown) => ({
    PK: ingestionJobKeys.partition(jobId),
    SK: assertKeySize(
      `${jobRowErrorKeys.filePrefix(fileIndex)}${padInteger(line, 10, 'line')}#${escapeKeyPart(validateText(field, 'field'))}`,
      'sort',
      'field',
    ),
  }),
};

/**
 * Keys of `JobCheckpoint` items, one per file of a job.
 * @example
 * jobCheckpointKeys.primary('01J9Z', 1); // { PK: 'JOB#01J9Z', SK: 'CHECKPOINT#01' }
 */
export const jobCheckpointKeys = {
  sortPrefix: 'CHECKPOINT#',
  primary: (jobId: unknown, fileIndex: unknown) => ({
    PK: ingestionJobKeys.partition(jobId),
    SK: `CHECKPOINT#${padInteger(fileIndex, 2, 'fileIndex')}`,
  }),
};

/**
 * Keys of `Schedule` items and the due-schedules index (one overloaded partition, sorted by next run).
 * @example
 * scheduleKeys.dueIndex('nightly', '2025-03-01T02:00:00.000Z'); // { GSI1PK: 'SCHEDULES', GSI1SK: '2025-03-01T02:00:00.000Z#nightly' }
 */
export const scheduleKeys = {
  duePartition: 'SCHEDULES',
  primary: (scheduleId: unknown) => ({ PK: `SCHEDULE#${validateId(scheduleId, 'scheduleId')}`, SK: 'SCHEDULE' }),
  dueIndex: (scheduleId: unknown, nextRunAt: unknown) => ({
    GSI1PK: scheduleKeys.duePartition,
    GSI1SK: `${validateIsoTimestamp(nextRunAt, 'nextRunAt')}#${validateId(scheduleId, 'scheduleId')}`,
  }),
};
