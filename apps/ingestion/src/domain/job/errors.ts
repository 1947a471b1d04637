import { type ErrorDetail, ValidationError } from '@aircraftops/lambda-kit';
import type { JobStatus } from '@aircraftops/tables';

import { IngestionError } from './ingestion-error';

/** @example throw new InvalidJobTransitionError('j1', 'COMPLETED', 'RUNNING'); */
export class InvalidJobTransitionError extends IngestionError {
  override name = 'InvalidJobTransitionError';
  constructor(
    readonly jobId: string,
    readonly from: JobStatus,
    readonly to: JobStatus,
    options?: ErrorOptions,
  ) {
    super('ingestion.invalidTransition', `job ${jobId}: cannot go from ${from} to ${to}`, options);
  }
}

/** @example throw new JobNotFoundError('j1'); */
export class JobNotFoundError extends IngestionError {
  override name = 'JobNotFoundError';
  constructor(
    readonly jobId: string,
    options?: ErrorOptions,
  ) {
    super('ingestion.jobNotFound', `job ${jobId} does not exist`, options);
  }
}

/**
 * The job is not in the status the caller expected: another runner or a cancel got there first.
 * @example throw new JobConflictError('j1', ['QUEUED'], 'RUNNING');
 */
export class JobConflictError extends IngestionError {
  override name = 'JobConflictError';
  constructor(
    readonly jobId: string,
    readonly expected: readonly JobStatus[],
    readonly actual: JobStatus | undefined,
    options?: ErrorOptions,
  ) {
    super('ingestion.jobConflict', `job ${jobId}: expected status ${expected.join(' or ')}, found ${actual ?? 'no job'}`, options);
  }
}

/** @example throw new CountsInvariantError('read 10 ≠ 9 = written 5 + …'); */
export class CountsInvariantError extends IngestionError {
  override name = 'CountsInvariantError';
  constructor(message: string, options?: ErrorOptions) {
    super('ingestion.countsInvariant', message, options);
  }
}

/** @example throw new DatasetPathError('../etc/passwd', 'escapes the data folder'); */
export class DatasetPathError extends IngestionError {
  override name = 'DatasetPathError';
  constructor(
    readonly path: string,
    reason: string,
    options?: ErrorOptions,
  ) {
    super('ingestion.datasetPath', `dataset path "${path}": ${reason}`, options);
  }
}

/**
 * The key names a folder, not a file: refused when a job starts or a schedule is added, instead of a
 * raw `EISDIR` when the job reads it.
 * @example throw new DatasetFolderError('uploads');
 */
export class DatasetFolderError extends DatasetPathError {
  override name = 'DatasetFolderError';
  constructor(path: string, options?: ErrorOptions) {
    super(path, 'is a folder, not a file', options);
  }
}

/** @example throw new DatasetKindError('notes.txt', 'header matches no FAA file'); */
export class DatasetKindError extends IngestionError {
  override name = 'DatasetKindError';
  constructor(
    readonly file: string,
    reason: string,
    options?: ErrorOptions,
  ) {
    super('ingestion.datasetKind', `${file}: ${reason}`, options);
  }
}

/** A batch could not be written after every retry; the job fails (its last checkpoint stays valid). */
export class WriteFailedError extends IngestionError {
  override name = 'WriteFailedError';
  constructor(message: string, options?: ErrorOptions) {
    super('ingestion.writeFailed', message, options);
  }
}

/**
 * A `nextToken` that no page of this list handed out: undecodable, edited, or from another list (other
 * job, other status filter). The caller's mistake (a validation error on `query.nextToken`), caught before the
 * key reaches DynamoDB, which would otherwise fail with a ValidationException or, worse, page through
 * another partition.
 * @example throw new InvalidPageTokenError('it belongs to another list');
 */
export class InvalidPageTokenError extends IngestionError {
  override name = 'InvalidPageTokenError';
  /** The request field at fault. */
  readonly field = 'query.nextToken';
  constructor(
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    const message = `is not a token of this list: ${reason}`;
    super('ingestion.invalidPageToken', `query.nextToken ${message}`, { ...options, details: [{ field: 'query.nextToken', message }] });
  }
}

/**
 * A file a caller named cannot be ingested (no file behind the key, a folder, an undetectable kind, not
 * an FAA file): the caller's mistake, with `details` naming the file's field. Keeps the original error
 * (`DatasetPathError`, `DatasetKindError`, `DatasetFormatError`) as `cause` and its code.
 * @example throw new DatasetFileError(pathError, [{ field: 'body.files[0].key', message: pathError.message }]);
 */
export class DatasetFileError extends ValidationError {
  constructor(cause: Error & { readonly code: string }, details: readonly ErrorDetail[]) {
    super(details, { cause, code: cause.code, message: cause.message });
    this.name = 'DatasetFileError';
  }
}
