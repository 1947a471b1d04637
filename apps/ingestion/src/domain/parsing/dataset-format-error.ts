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
export class DatasetFormatError extends Error {
  override readonly name = 'DatasetFormatError';
  readonly code = 'ingestion.datasetFormat';

  constructor(
    readonly file: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`${file}: ${reason}`, options);
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
  return error instanceof Error && (error as { code?: unknown }).code === 'ingestion.datasetFormat';
}
