/** Codes of the ingestion app's errors; callers branch on them (HTTP mapping, CLI exit codes). */
export type IngestionErrorCode =
  | 'ingestion.invalidTransition'
  | 'ingestion.countsInvariant'
  | 'ingestion.jobNotFound'
  | 'ingestion.jobConflict'
  | 'ingestion.datasetPath'
  | 'ingestion.datasetKind'
  | 'ingestion.writeFailed'
  | 'ingestion.invalidPageToken';

/**
 * Base of the ingestion app's errors (parsing has its own `DatasetFormatError`).
 * @example
 * if (isIngestionError(error) && error.code === 'ingestion.jobNotFound') return notFound();
 */
export class IngestionError extends Error {
  override name = 'IngestionError';

  constructor(
    readonly code: IngestionErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * Structural guard, safe across package copies.
 * @example
 * isIngestionError(new JobNotFoundError('j1')); // true
 */
export const isIngestionError = (error: unknown): error is IngestionError =>
  error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && String((error as unknown as { code: string }).code).startsWith('ingestion.');
