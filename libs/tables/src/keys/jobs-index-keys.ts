import type { IndexKeys } from './index-keys';
import { ingestionJobKeys, scheduleKeys } from './jobs-keys';

/**
 * The index keys of an `IngestionJob`: GSI1 lists jobs by status, newest first; it moves with the status.
 * @example
 * ingestionJobIndexKeys({ jobId: 'j1', status: 'RUNNING', createdAt: '2025-03-01T00:00:00.000Z' }).GSI1PK; // 'JOBSTATUS#RUNNING'
 */
export const ingestionJobIndexKeys = (item: {
  readonly jobId: string;
  readonly status: string;
  readonly createdAt: string;
}): IndexKeys => ingestionJobKeys.statusIndex(item.jobId, item.status, item.createdAt);

/**
 * The index keys of a `Schedule`: only an enabled schedule with a next run is in the due index (GSI1).
 * @example
 * scheduleIndexKeys({ scheduleId: 's1', enabled: false }); // {}
 */
export const scheduleIndexKeys = (item: {
  readonly scheduleId: string;
  readonly enabled: boolean;
  readonly nextRunAt?: string | undefined;
}): IndexKeys => (item.enabled && item.nextRunAt !== undefined ? scheduleKeys.dueIndex(item.scheduleId, item.nextRunAt) : {});
