import { type Actor, isConditionalCheckFailed, type JobStatus } from '@aircraftops/tables';
import { $add, $remove, $set, UpdateItemCommand } from 'dynamodb-toolbox/entity/actions/update';

import { JobConflictError, JobNotFoundError } from '../../../domain/job';
import type { ClearableField, FileCheckpoint, JobView, ProgressUpdate, TransitionChanges } from '../../../use-cases/ports';
import type { JobEntities } from './job-entities';
import { readJob } from './read-job';

// The job store's UpdateItems, in a module of their own (see read-job.ts). Status changes are
// conditioned on the current status (`version + 1`; GSI1 follows the status through the entity's
// update link); progress updates touch only counters and progress fields — never `status` or
// `version` — so the stream bridge sees no domain change in them.

/** Counts are replaced as one map (an update expression on `counts.read` would need the map to exist). */
const withWholeCounts = (changes: TransitionChanges): object =>
  changes.counts === undefined ? changes : { ...changes, counts: $set({ ...changes.counts }) };

/** The failed condition of a status change as the domain's error (or the error itself when it is another). */
const conflictOf = async (entities: JobEntities, jobId: string, from: readonly JobStatus[], error: unknown): Promise<never> => {
  if (!isConditionalCheckFailed(error)) throw error;
  const current = await readJob(entities, jobId);
  if (current === undefined) throw new JobNotFoundError(jobId, { cause: error });
  throw new JobConflictError(jobId, from, current.status, { cause: error });
};

/**
 * Moves a job to `to` if its status is one of `from`.
 * @throws JobConflictError when it is not; JobNotFoundError when the job is absent.
 * @example
 * await transitionJob(entities, jobId, 'RUNNING', { from: ['QUEUED'], changes: { startedAt } });
 */
export const transitionJob = async (
  entities: JobEntities,
  jobId: string,
  to: JobStatus,
  options: { from: readonly JobStatus[]; changes?: TransitionChanges; clear?: readonly ClearableField[] },
): Promise<JobView> => {
  const { from, changes = {}, clear = [] } = options;
  const removals = Object.fromEntries(clear.map((field) => [field, $remove()]));
  try {
    const { Attributes } = await entities.IngestionJob.build(UpdateItemCommand)
      .item({ jobId, status: to, version: $add(1), ...withWholeCounts(changes), ...removals } as never)
      .options({ condition: { or: from.map((status) => ({ attr: 'status', eq: status })) } as never, returnValues: 'ALL_NEW' })
      .send();
    return Attributes as unknown as JobView;
  } catch (error) {
    return conflictOf(entities, jobId, from, error);
  }
};

/**
 * Progress of a RUNNING job; ignored once the job left RUNNING (a late line must not undo a cancel).
 * @example
 * await updateJobProgress(entities, jobId, { counts, bytesRead, rowsPerSecond });
 */
export const updateJobProgress = async (entities: JobEntities, jobId: string, progress: ProgressUpdate): Promise<void> => {
  try {
    await entities.IngestionJob.build(UpdateItemCommand)
      .item({ jobId, ...progress, counts: $set({ ...progress.counts }) } as never)
      .options({ condition: { attr: 'status', eq: 'RUNNING' } as never })
      .send();
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
};

/**
 * Sets `cancelRequested` on a QUEUED or RUNNING job.
 * @throws JobConflictError when the job already finished; JobNotFoundError when absent.
 * @example
 * const job = await requestJobCancel(entities, jobId);
 */
export const requestJobCancel = async (entities: JobEntities, jobId: string): Promise<JobView> => {
  try {
    const { Attributes } = await entities.IngestionJob.build(UpdateItemCommand)
      .item({ jobId, cancelRequested: true } as never)
      .options({ condition: { or: [{ attr: 'status', eq: 'QUEUED' }, { attr: 'status', eq: 'RUNNING' }] } as never, returnValues: 'ALL_NEW' })
      .send();
    return Attributes as unknown as JobView;
  } catch (error) {
    return conflictOf(entities, jobId, ['QUEUED', 'RUNNING'], error);
  }
};

/**
 * Writes a file's checkpoint, stamped with who started the job and its correlation id.
 * @example
 * await saveJobCheckpoint(entities, jobId, checkpoint, { updatedBy: job.startedBy, correlationId: job.correlationId });
 */
export const saveJobCheckpoint = async (
  entities: JobEntities,
  jobId: string,
  checkpoint: FileCheckpoint,
  stamp: { readonly updatedBy: Actor; readonly correlationId: string },
): Promise<void> => {
  await entities.JobCheckpoint.build(UpdateItemCommand)
    .item({
      jobId,
      fileIndex: checkpoint.fileIndex,
      file: checkpoint.file,
      line: checkpoint.line,
      byteOffset: checkpoint.byteOffset,
      counts: $set({ ...checkpoint.counts }),
      unresolvedReferences: checkpoint.unresolvedReferences,
      done: checkpoint.done,
      version: $add(1),
      updatedBy: $set({ ...stamp.updatedBy }),
      correlationId: stamp.correlationId,
    } as never)
    .send();
};
