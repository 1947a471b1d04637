import {
  type Actor,
  createItem,
  decodePageToken,
  encodePageToken,
  isConditionalCheckFailed,
  type JobsEntities,
  jobsQueries,
  JOB_STATUSES,
  type JobStatus,
} from '@aircraftops/tables';
import { BatchPutRequest } from 'dynamodb-toolbox/entity/actions/batchPut';
import { GetItemCommand } from 'dynamodb-toolbox/entity/actions/get';
import { $add, $remove, $set, UpdateItemCommand } from 'dynamodb-toolbox/entity/actions/update';
import { QueryCommand } from 'dynamodb-toolbox/table/actions/query';

import { JobConflictError, JobNotFoundError } from '../../domain/job';
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
import { batchWriteWithRetry } from './batch-write-with-retry';
import { decodeJobListCursor, encodeJobListCursor, type JobListCursor } from './job-list-cursor';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy';

const CHECKPOINT_STAMPS_KEPT = 16;

/**
 * `JobStore` over JobsTable (`IngestionJob`, `JobCheckpoint`, `JobRowError` of `@aircraftops/tables`).
 *
 * Status changes are raw UpdateItems conditioned on the current status (`version + 1`; GSI1 follows
 * the status through the entity's update link). Progress updates touch only counters and progress
 * fields — never `status` or `version` — so the stream bridge sees no domain change in them.
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
    private readonly entities: Pick<JobsEntities, 'IngestionJob' | 'JobCheckpoint' | 'JobRowError'>,
    private readonly retry: RetryPolicy = DEFAULT_RETRY_POLICY,
  ) {}

  async create(job: { jobId: string; files: readonly DatasetFile[]; startedBy: Actor; correlationId: string; scheduleId?: string }): Promise<JobView> {
    const item = await createItem(
      this.entities.IngestionJob,
      {
        jobId: job.jobId,
        status: 'QUEUED',
        dataset: { files: job.files.map((file) => ({ ...file })) },
        startedBy: job.startedBy,
        ...(job.scheduleId === undefined ? {} : { scheduleId: job.scheduleId }),
      },
      { actor: job.startedBy, correlationId: job.correlationId },
    );
    return item as unknown as JobView;
  }

  async get(jobId: string): Promise<JobView | undefined> {
    const { Item } = await this.entities.IngestionJob.build(GetItemCommand).key({ jobId }).options({ consistent: true }).send();
    return Item as unknown as JobView | undefined;
  }

  async transition(
    jobId: string,
    to: JobStatus,
    options: { from: readonly JobStatus[]; changes?: TransitionChanges; clear?: readonly ClearableField[] },
  ): Promise<JobView> {
    const { from, changes = {}, clear = [] } = options;
    const removals = Object.fromEntries(clear.map((field) => [field, $remove()]));
    try {
      const { Attributes } = await this.entities.IngestionJob.build(UpdateItemCommand)
        .item({ jobId, status: to, version: $add(1), ...withWholeCounts(changes), ...removals } as never)
        .options({ condition: { or: from.map((status) => ({ attr: 'status', eq: status })) } as never, returnValues: 'ALL_NEW' })
        .send();
      return Attributes as unknown as JobView;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      const current = await this.get(jobId);
      if (current === undefined) throw new JobNotFoundError(jobId, { cause: error });
      throw new JobConflictError(jobId, from, current.status, { cause: error });
    }
  }

  async updateProgress(jobId: string, progress: ProgressUpdate): Promise<void> {
    try {
      await this.entities.IngestionJob.build(UpdateItemCommand)
        .item({ jobId, ...progress, counts: $set({ ...progress.counts }) } as never)
        .options({ condition: { attr: 'status', eq: 'RUNNING' } as never })
        .send();
    } catch (error) {
      // The job left RUNNING (cancelled, failed by a resume): a late progress line must not undo that.
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  async requestCancel(jobId: string): Promise<JobView> {
    try {
      const { Attributes } = await this.entities.IngestionJob.build(UpdateItemCommand)
        .item({ jobId, cancelRequested: true } as never)
        .options({ condition: { or: [{ attr: 'status', eq: 'QUEUED' }, { attr: 'status', eq: 'RUNNING' }] } as never, returnValues: 'ALL_NEW' })
        .send();
      return Attributes as unknown as JobView;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      const current = await this.get(jobId);
      if (current === undefined) throw new JobNotFoundError(jobId, { cause: error });
      throw new JobConflictError(jobId, ['QUEUED', 'RUNNING'], current.status, { cause: error });
    }
  }

  async isCancelRequested(jobId: string): Promise<boolean> {
    const { Item } = await this.entities.IngestionJob.build(GetItemCommand)
      .key({ jobId })
      .options({ attributes: ['cancelRequested'], consistent: true })
      .send();
    return Item?.cancelRequested === true;
  }

  async saveCheckpoint(jobId: string, checkpoint: FileCheckpoint): Promise<void> {
    const { updatedBy, correlationId } = await this.checkpointStampOf(jobId);
    await this.entities.JobCheckpoint.build(UpdateItemCommand)
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
        updatedBy: $set({ ...updatedBy }),
        correlationId,
      } as never)
      .send();
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

  async listCheckpoints(jobId: string): Promise<FileCheckpoint[]> {
    const { Items = [] } = await this.entities.JobCheckpoint.table
      .build(QueryCommand)
      .entities(this.entities.JobCheckpoint)
      .query(jobsQueries.checkpointsOfJob(jobId))
      .options({ consistent: true })
      .send();
    return Items.map(({ fileIndex, file, line, byteOffset, counts, unresolvedReferences, done }) => ({
      fileIndex,
      file,
      line,
      byteOffset,
      counts,
      // Checkpoints written before these attributes existed: a finished file is then re-read, writing nothing.
      unresolvedReferences: unresolvedReferences ?? 0,
      done: done ?? false,
    }));
  }

  async putRowErrors(jobId: string, errors: readonly RowErrorInput[]): Promise<void> {
    const unique = new Map<string, RowErrorInput>();
    for (const error of errors) unique.set(`${error.fileIndex}#${error.line}#${error.field}`, error);
    const requests = [...unique.values()].map(
      (error) => new BatchPutRequest(this.entities.JobRowError, { jobId, ...error } as never) as unknown as BatchPutRequest,
    );
    for (let start = 0; start < requests.length; start += 25) {
      await batchWriteWithRetry(this.entities.JobRowError.table, requests.slice(start, start + 25), this.retry);
    }
  }

  async list(query: { status?: JobStatus; limit: number; nextToken?: string }): Promise<Page<JobView>> {
    // Without a status, the status partitions are walked one after another (GSI1 has one per status).
    const statuses: readonly JobStatus[] = query.status === undefined ? JOB_STATUSES : [query.status];
    let cursor: JobListCursor | undefined =
      query.nextToken === undefined ? { status: statuses[0] as JobStatus } : decodeJobListCursor(query.nextToken, query.status);
    const items: JobView[] = [];
    while (cursor !== undefined && items.length < query.limit) {
      const { status, key }: JobListCursor = cursor;
      const { Items = [], LastEvaluatedKey } = await this.entities.IngestionJob.table
        .build(QueryCommand)
        .entities(this.entities.IngestionJob)
        .query(jobsQueries.jobsByStatus(status))
        .options({ reverse: true, limit: query.limit - items.length, ...(key === undefined ? {} : { exclusiveStartKey: key }) })
        .send();
      items.push(...(Items as unknown as JobView[]));
      const next: JobStatus | undefined = statuses[statuses.indexOf(status) + 1];
      cursor =
        LastEvaluatedKey !== undefined
          ? { status, key: LastEvaluatedKey as Record<string, string> }
          : next === undefined
            ? undefined
            : { status: next };
    }
    return { items, ...(cursor === undefined ? {} : { nextToken: encodeJobListCursor(query.status, cursor) }) };
  }

  async listRowErrors(jobId: string, query: { limit: number; nextToken?: string }): Promise<Page<RowErrorInput>> {
    const errorsOfJob = jobsQueries.rowErrorsOfJob(jobId);
    const start = query.nextToken === undefined ? undefined : decodePageToken(query.nextToken, errorsOfJob, 'query.nextToken');
    const { Items = [], LastEvaluatedKey } = await this.entities.JobRowError.table
      .build(QueryCommand)
      .entities(this.entities.JobRowError)
      .query(errorsOfJob)
      .options({ limit: query.limit, ...(start === undefined ? {} : { exclusiveStartKey: start }) })
      .send();
    const items = Items.map(({ fileIndex, file, line, field, reason, excerpt }) => ({
      fileIndex,
      file,
      line,
      field,
      reason,
      ...(excerpt === undefined ? {} : { excerpt }),
    }));
    return { items, ...(LastEvaluatedKey === undefined ? {} : { nextToken: encodePageToken(LastEvaluatedKey) }) };
  }
}

/** Counts are replaced as one map (an update expression on `counts.read` would need the map to exist). */
const withWholeCounts = (changes: TransitionChanges): object =>
  changes.counts === undefined ? changes : { ...changes, counts: $set({ ...changes.counts }) };
