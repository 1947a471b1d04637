/**
 * Records Firehose kept refusing (`FailedPutCount` > 0 after every retry). Thrown so that the stream
 * mapping retries the batch: a record is never dropped silently.
 * @example
 * throw new FirehoseDeliveryError('aircraftops-audit-analytics', 3, 'ServiceUnavailableException', 5);
 */
export class FirehoseDeliveryError extends Error {
  override readonly name = 'FirehoseDeliveryError';

  constructor(
    readonly streamName: string,
    readonly failedCount: number,
    readonly errorCode: string,
    readonly attempts: number,
  ) {
    super(`${failedCount} record(s) refused by delivery stream ${streamName} after ${attempts} attempts (last error ${errorCode})`);
  }
}
