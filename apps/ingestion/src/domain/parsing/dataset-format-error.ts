import { AppError, type AppErrorOptions, isAppError } from '@aircraftops/lambda-kit';

/**
 * The file as a whole is not the FAA file it claims to be (wrong or missing header, binary data,
 * not UTF-8 text). Thrown before any row is yielded, so a job fails before writing anything.
 *
 * @example
 * ```ts
 * try { for await (const row of parseRegistryFile(input, options)) { ... } }
 * catch (error) { if (isDatasetFormatError(error)) markJobFailed(error.file, error.reason); }
 * ```
 */
export class DatasetFormatError extends AppError<'ingestion.datasetFormat'> {
  override readonly name = 'DatasetFormatError';

  constructor(
    readonly file: string,
    readonly reason: string,
    options?: AppErrorOptions,
  ) {
    // A file that is no FAA file is the caller's input (it named it), hence a validation error.
    super(`${file}: ${reason}`, { ...options, code: 'ingestion.datasetFormat', kind: 'validation' });
  }
}

/**
 * Structural guard for `DatasetFormatError`, safe across package copies.
 *
 * @example
 * ```ts
 * isDatasetFormatError(new DatasetFormatError('MASTER.txt', 'binary data')); // true
 * ```
 */
export function isDatasetFormatError(error: unknown): error is DatasetFormatError {
  return isAppError(error, 'ingestion.datasetFormat');
}
