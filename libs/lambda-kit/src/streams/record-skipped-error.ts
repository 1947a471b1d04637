/**
 * A stream record was not processed because an earlier record of the same batch failed: processing
 * it would apply a later change before an earlier one. It is reported as failed so it is retried, in
 * order, after the failed one.
 *
 * @example
 * throw new RecordSkippedError('000000000000000000123', '000000000000000000121');
 */
export class RecordSkippedError extends Error {
  readonly code = 'stream.record_skipped';

  constructor(
    readonly sequenceNumber: string,
    readonly failedSequenceNumber: string,
    options?: ErrorOptions,
  ) {
    super(`Record ${sequenceNumber} skipped: record ${failedSequenceNumber} before it failed`, options);
    this.name = 'RecordSkippedError';
  }
}
