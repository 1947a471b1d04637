import type { Actor, JobStatus } from '@aircraftops/tables';

import type {
  ClearableField,
  DatasetFile,
  FileCheckpoint,
  JobStore,
  JobView,
  Page,
  ProgressUpdate,
  RowErrorInput,
  TransitionChanges,
} from '../../use-cases/ports';
import { createJob } from './job-store/create-job';
import type { JobEntities } from './job-store/job-entities';
import { putJobRowErrors } from './job-store/put-row-errors';
import { queryCheckpoints, queryJobs, queryRowErrors } from './job-store/query-jobs';
import { readCancelRequested, readJob } from './job-store/read-job';
import { requestJobCancel, saveJobCheckpoint, transitionJob, updateJobProgress } from './job-store/update-job';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy';

const CHECKPOINT_STAMPS_KEPT = 16;

/**
 * `JobStore` over JobsTable (`IngestionJob`, `JobCheckpoint`, `JobRowError` of `@aircraftops/tables`),
 * for what uses every operation (the job runner). Each operation lives in `job-store/` by DynamoDB action
 * (GetItem, Query, UpdateItem, put, BatchWriteItem), so a handler needing one of them builds its port
 * from that module alone (see the ingestion wiring) and bundles nothing else.
 * @example
 * const jobs = new DynamoJobStore(createJobsEntities(tables.JobsTable));
 */
export class DynamoJobStore implements JobStore {
  /**
   * Who started a job and its correlation id, which never change once the job exists: read once per job
   * rather than once per checkpoint. Bounded, a long-lived process runs many jobs.
   */
  private readonly checkpointStamps = new Map<string, { readonly updatedBy: Actor; readonly correlationId: string }>();

  constructor(
    private readonly entities: JobEntities,
    private readonly retry: RetryPolicy = DEFAULT_RETRY_POLICY,
  ) {}

  create(job: { jobId: string; files: readonly DatasetFile[]; startedBy: Actor; correlationId: string; scheduleId?: string }): Promise<JobView> {
    return createJob(this.entities, job);
  }

  get(jobId: string): Promise<JobView | undefined> {
    return readJob(this.entities, jobId);
  }

  transition(
    jobId: string,
    to: JobStatus,
    options: { from: readonly JobStatus[]; changes?: TransitionChanges; clear?: readonly ClearableField[] },
  ): Promise<JobView> {
    return transitionJob(this.entities, jobId, to, options);
  }

  updateProgress(jobId: string, progress: ProgressUpdate): Promise<void> {
    return updateJobProgress(this.entities, jobId, progress);
  }

  requestCancel(jobId: string): Promise<JobView> {
    return requestJobCancel(this.entities, jobId);
  }

  isCancelRequested(jobId: string): Promise<boolean> {
    return readCancelRequested(this.entities, jobId);
  }

  async saveCheckpoint(jobId: string, checkpoint: FileCheckpoint): Promise<void> {
    await saveJobCheckpoint(this.entities, jobId, checkpoint, await this.checkpointStampOf(jobId));
  }

  private async checkpointStampOf(jobId: string): Promise<{ readonly updatedBy: Actor; readonly correlationId: string }> {
    const cached = this.checkpointStamps.get(jobId);
    if (cached !== undefined) return cached;
    const job = await this.get(jobId);
    const stamp = { updatedBy: job?.startedBy ?? { type: 'service' as const, id: 'ingestion' }, correlationId: job?.correlationId ?? jobId };
    if (job === undefined) return stamp; // not remembered: the job may still be created
    if (this.checkpointStamps.size >= CHECKPOINT_STAMPS_KEPT) this.checkpointStamps.delete(this.checkpointStamps.keys().next().value as string);
    this.checkpointStamps.set(jobId, stamp);
    return stamp;
  }

  listCheckpoints(jobId: string): Promise<FileCheckpoint[]> {
    return queryCheckpoints(this.entities, jobId);
  }

  putRowErrors(jobId: string, errors: readonly RowErrorInput[]): Promise<void> {
    return putJobRowErrors(this.entities, this.retry, jobId, errors);
  }

  list(query: { status?: JobStatus; limit: number; nextToken?: string }): Promise<Page<JobView>> {
    return queryJobs(this.entities, query);
  }

  listRowErrors(jobId: string, query: { limit: number; nextToken?: string }): Promise<Page<RowErrorInput>> {
    return queryRowErrors(this.entities, jobId, query);
  }
}
