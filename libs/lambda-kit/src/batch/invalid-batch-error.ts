/**
 * The batch event itself is unusable (for example a stream record without `SequenceNumber`, which
 * could not be reported as a failure). Thrown before any record is processed so the whole batch is
 * retried and, in the end, lands in the on-failure destination instead of being dropped.
 *
 * @example
 * throw new InvalidBatchError('Stream record 2 (eventID abc) has no dynamodb.SequenceNumber');
 */
export class InvalidBatchError extends Error {
  readonly code = 'batch.invalid';

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'InvalidBatchError';
  }
}
