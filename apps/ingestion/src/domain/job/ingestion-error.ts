import { AppError, type AppErrorOptions, type ErrorKind, isAppError } from '@aircraftops/lambda-kit';

/** Codes of the ingestion app's errors; callers branch on them (CLI exit codes, the job runner). */
export type IngestionErrorCode =
  | 'ingestion.invalidTransition'
  | 'ingestion.countsInvariant'
  | 'ingestion.jobNotFound'
  | 'ingestion.jobConflict'
  | 'ingestion.datasetPath'
  | 'ingestion.datasetKind'
  | 'ingestion.writeFailed'
  | 'ingestion.invalidPageToken';

// What kind of failure each code is; the API edge (lambda-kit) alone turns a kind into a status.
const KIND: Readonly<Record<IngestionErrorCode, ErrorKind>> = {
  'ingestion.invalidTransition': 'conflict',
  'ingestion.countsInvariant': 'internal',
  'ingestion.jobNotFound': 'not_found',
  'ingestion.jobConflict': 'conflict',
  'ingestion.datasetPath': 'validation',
  'ingestion.datasetKind': 'validation',
  'ingestion.writeFailed': 'internal',
  'ingestion.invalidPageToken': 'validation',
};

/**
 * Base of the ingestion app's errors (parsing has its own `DatasetFormatError`): a typed code, the
 * kind of failure it is, and, for the caller's mistakes, `details` naming the field at fault.
 * @example
 * if (isIngestionError(error) && error.code === 'ingestion.jobNotFound') return notFound();
 */
export class IngestionError extends AppError<IngestionErrorCode> {
  override name = 'IngestionError';

  constructor(code: IngestionErrorCode, message: string, options?: AppErrorOptions) {
    super(message, { ...options, code, kind: KIND[code] });
  }
}

/**
 * Structural guard, safe across package copies.
 * @example
 * isIngestionError(new JobNotFoundError('j1')); // true
 */
export const isIngestionError = (error: unknown): error is IngestionError => isAppError(error) && error.code.startsWith('ingestion.');
