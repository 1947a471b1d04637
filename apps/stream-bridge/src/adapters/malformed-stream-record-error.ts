import { StreamBridgeError } from '../domain';

/**
 * A stream record without a field every Lambda DynamoDB record carries (eventID, eventName, SequenceNumber,
 * ApproximateCreationDateTime, eventSourceARN, an image): it cannot be bridged, so it fails.
 *
 * @example
 * ```ts
 * throw new MalformedStreamRecordError('c4ca…', 'dynamodb.ApproximateCreationDateTime is missing');
 * ```
 */
export class MalformedStreamRecordError extends StreamBridgeError {
  override readonly name = 'MalformedStreamRecordError';

  constructor(
    readonly recordId: string | undefined,
    reason: string,
    options?: ErrorOptions,
  ) {
    super('streamBridge.malformedRecord', `Stream record ${recordId ?? '<no eventID>'}: ${reason}`, options);
  }
}
