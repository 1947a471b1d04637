import type { _Record as SdkStreamRecord } from '@aws-sdk/client-dynamodb-streams';

import { MalformedStreamRecordError } from './errors';
import type { LambdaStreamRecord } from './lambda-stream-record';
import { toWireImage } from './to-wire-attribute-value';

/** What Lambda stamps on every record that the stream itself does not know (or, locally, gets wrong). */
export interface LambdaRecordContext {
  /** The configured region; DynamoDB Local reports `ddblocal`, which no Lambda would deliver. */
  readonly region: string;
  readonly streamArn: string;
}

const EVENT_NAMES = new Set(['INSERT', 'MODIFY', 'REMOVE']);

const required = <T>(value: T | undefined, field: string, record: SdkStreamRecord): T => {
  if (value === undefined || value === null)
    throw new MalformedStreamRecordError(`Stream record ${record.eventID ?? '<no eventID>'} has no ${field}`);
  return value;
};

/**
 * Translates a record returned by the SDK's GetRecords into the shape Lambda delivers
 * (esm-semantics.md §1): `Date` → epoch seconds, binary → base64, `userIdentity` `{Type, PrincipalId}`
 * → `{type, principalId}`, `awsRegion` from configuration, `eventSourceARN` added, `eventVersion` 1.1.
 * Keys keep Lambda's order, so the JSON a handler logs reads like a real delivery.
 * @throws MalformedStreamRecordError when a field every stream record carries is missing.
 * @example
 * const record = toLambdaStreamRecord(sdkRecord, { region: 'us-east-1', streamArn });
 * record.dynamodb.ApproximateCreationDateTime; // 1764085001
 */
export const toLambdaStreamRecord = (record: SdkStreamRecord, context: LambdaRecordContext): LambdaStreamRecord => {
  const stream = required(record.dynamodb, 'dynamodb', record);
  const eventName = required(record.eventName, 'eventName', record);
  if (!EVENT_NAMES.has(eventName)) throw new MalformedStreamRecordError(`Stream record has unknown eventName ${eventName}`);
  const created = required(stream.ApproximateCreationDateTime, 'dynamodb.ApproximateCreationDateTime', record);
  const lambdaRecord: LambdaStreamRecord = {
    eventID: required(record.eventID, 'eventID', record),
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: context.region,
    dynamodb: {
      ApproximateCreationDateTime: created.getTime() / 1000,
      Keys: toWireImage(required(stream.Keys, 'dynamodb.Keys', record)),
      ...(stream.NewImage ? { NewImage: toWireImage(stream.NewImage) } : {}),
      ...(stream.OldImage ? { OldImage: toWireImage(stream.OldImage) } : {}),
      SequenceNumber: required(stream.SequenceNumber, 'dynamodb.SequenceNumber', record),
      SizeBytes: required(stream.SizeBytes, 'dynamodb.SizeBytes', record),
      StreamViewType: required(stream.StreamViewType, 'dynamodb.StreamViewType', record),
    },
    eventSourceARN: context.streamArn,
  };
  if (record.userIdentity) {
    lambdaRecord.userIdentity = {
      type: required(record.userIdentity.Type, 'userIdentity.Type', record),
      principalId: required(record.userIdentity.PrincipalId, 'userIdentity.PrincipalId', record),
    };
  }
  return lambdaRecord;
};
