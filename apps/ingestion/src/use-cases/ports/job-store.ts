import type { Actor, DatasetFileKind, JobStatus } from '@aircraftops/tables';

import type { JobCounts } from '../../domain/job';

/** One file of a job's dataset, as stored on the job. */
export interface DatasetFile {
  readonly kind: DatasetFileKind;
  readonly name: string;
  /** Path under the dataset store (local folder or S3 key). */
  readonly key: string;
  readonly bytes: number;
}

/** A job as the use cases see it. */
export interface JobView {
  readonly jobId: string;
  readonly status: JobStatus;
  readonly dataset: { readonly files: readonly DatasetFile[] };
  readonly counts: JobCounts;
  readonly startedBy: Actor;
  readonly correlationId: string;
  readonly createdAt: string;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly failureReason?: string;
  readonly cancelRequested?: boolean;
  readonly bytesRead?: number;
  readonly bytesTotal?: number;
  readonly rowsPerSecond?: number;
  readonly percent?: number;
  readonly etaSeconds?: number;
  /** Aircraft rows whose model or engine code exists nowhere (written anyway), over every run of the job. */
  readonly unresolvedReferences?: number;
  /** The schedule that started the job; absent for a job started by hand. */
  readonly scheduleId?: string;
  readonly version: number;
}

/** Where a job's reader is in one file; only written once every write up to `line` was acknowledged. */
export interface FileCheckpoint {
  readonly fileIndex: number;
  readonly file: string;
  /** Last line whose outcome (write, error, duplicate, skip) is durable. */
  readonly line: number;
  /** Bytes of the file read when the checkpoint was taken (informational: resume re-reads the prefix). */
  readonly byteOffset: number;
  /** Counts of lines 2..`line` of this file. */
  readonly counts: JobCounts;
  /** Aircraft rows of lines 2..`line` whose model or engine code was found nowhere. */
  readonly unresolvedReferences: number;
  /** The file's last checkpoint: every line is processed, a resumed run skips the file. */
  readonly done: boolean;
}

/** A rejected line to store. */
export interface RowErrorInput {
  readonly fileIndex: number;
  readonly file: string;
  readonly line: number;
  /** Column name, or `*` for the whole row. */
  readonly field: string;
  readonly reason: string;
  readonly excerpt?: string;
}

/** One page of a listing; pass `nextToken` back for the next. */
export interface Page<T> {
  readonly items: T[];
  readonly nextToken?: string;
}

/** Progress fields of a job; never domain-visible (the stream bridge ignores them). */
export interface ProgressUpdate {
  readonly counts: JobCounts;
  readonly bytesRead: number;
  readonly bytesTotal?: number;
  readonly rowsPerSecond: number;
  readonly percent?: number;
  readonly etaSeconds?: number;
  /** Running total over the job (see {@link JobView.unresolvedReferences}). */
  readonly unresolvedReferences?: number;
}

/** Fields a transition may remove (a resumed job is no longer failed). */
export type ClearableField = 'failureReason' | 'finishedAt';

/** Fields set together with a status change. */
export interface TransitionChanges extends Partial<ProgressUpdate> {
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly failureReason?: string;
}

/**
 * Port: the job records (JobsTable). Transitions are conditional on the current status, so two runners
 * can never both move one job forward.
 * @example
 * const job = await jobs.transition(jobId, 'RUNNING', { from: ['QUEUED'], changes: { startedAt } });
 */
export interface JobStore {
  create(job: { jobId: string; files: readonly DatasetFile[]; startedBy: Actor; correlationId: string; scheduleId?: string }): Promise<JobView>;
  get(jobId: string): Promise<JobView | undefined>;
  /** @throws JobConflictError when the job's status is not one of `from`; JobNotFoundError when absent. */
  transition(
    jobId: string,
    to: JobStatus,
    options: { from: readonly JobStatus[]; changes?: TransitionChanges; clear?: readonly ClearableField[] },
  ): Promise<JobView>;
  updateProgress(jobId: string, progress: ProgressUpdate): Promise<void>;
  /** Sets `cancelRequested` on a QUEUED or RUNNING job. */
  requestCancel(jobId: string): Promise<JobView>;
  isCancelRequested(jobId: string): Promise<boolean>;
  saveCheckpoint(jobId: string, checkpoint: FileCheckpoint): Promise<void>;
  listCheckpoints(jobId: string): Promise<FileCheckpoint[]>;
  /** Idempotent (errors are keyed by file, line and field): a resumed job may store one again. */
  putRowErrors(jobId: string, errors: readonly RowErrorInput[]): Promise<void>;
  list(query: { status?: JobStatus; limit: number; nextToken?: string }): Promise<Page<JobView>>;
  listRowErrors(jobId: string, query: { limit: number; nextToken?: string }): Promise<Page<RowErrorInput>>;
}
