import type { _Record as SdkStreamRecord } from '@aws-sdk/client-dynamodb-streams';

import { approximateCreationSeconds } from './approximate-creation-seconds';
import { MalformedStreamRecordError } from './errors';
import type { LambdaStreamRecord } from './lambda-stream-record';
import { toWireImage } from './to-wire-attribute-value';

/** What Lambda stamps on every record that the stream itself does not know (or, locally, gets wrong). */
export interface LambdaRecordContext {
  /** The configured region; DynamoDB Local reports `ddblocal`, which no Lambda would deliver. */
  readonly region: string;
  /** The stream ARN records carry, in the configured region and account (not DynamoDB Local's). */
  readonly streamArn: string;
  /**
   * When the poller read the record (ms): DynamoDB Local truncates `ApproximateCreationDateTime` to the
   * minute, and the read time narrows it to the second (see {@link approximateCreationSeconds}).
   */
  readonly readAtMs?: number;
  /** Whether a REMOVE record is the runtime's TTL emulation at work (it then carries AWS's TTL `userIdentity`). */
  readonly isTtlRemove?: (keys: NonNullable<NonNullable<SdkStreamRecord['dynamodb']>['Keys']>, sequenceNumber: string) => boolean;
}

/** What AWS puts on a REMOVE record written by DynamoDB's TTL process (DDB-TTL), in Lambda's casing. */
const TTL_IDENTITY = { type: 'Service', principalId: 'dynamodb.amazonaws.com' } as const;

const EVENT_NAMES = new Set(['INSERT', 'MODIFY', 'REMOVE']);

const required = <T>(value: T | undefined, field: string, record: SdkStreamRecord): T => {
  if (value === undefined || value === null)
    throw new MalformedStreamRecordError(`Stream record ${record.eventID ?? '<no eventID>'} has no ${field}`);
  return value;
};

/**
 * Translates a record returned by the SDK's GetRecords into the shape Lambda delivers
 * (esm-semantics.md §1): `Date` → epoch seconds, binary → base64, `userIdentity` `{Type, PrincipalId}`
 * → `{type, principalId}` (also stamped on the REMOVE records of the runtime's own TTL deletions),
 * `awsRegion` from configuration, `eventSourceARN` added, `eventVersion` 1.1, and the creation time
 * narrowed from DynamoDB Local's minute to the second.
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
  const keys = required(stream.Keys, 'dynamodb.Keys', record);
  const sequenceNumber = required(stream.SequenceNumber, 'dynamodb.SequenceNumber', record);
  const lambdaRecord: LambdaStreamRecord = {
    eventID: required(record.eventID, 'eventID', record),
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: context.region,
    dynamodb: {
      ApproximateCreationDateTime: approximateCreationSeconds(created.getTime() / 1000, context.readAtMs),
      Keys: toWireImage(keys),
      ...(stream.NewImage ? { NewImage: toWireImage(stream.NewImage) } : {}),
      ...(stream.OldImage ? { OldImage: toWireImage(stream.OldImage) } : {}),
      SequenceNumber: sequenceNumber,
      SizeBytes: required(stream.SizeBytes, 'dynamodb.SizeBytes', record),
      StreamViewType: required(stream.StreamViewType, 'dynamodb.StreamViewType', record),
    },
    eventSourceARN: context.streamArn,
  };
  if (eventName === 'REMOVE' && context.isTtlRemove?.(keys, sequenceNumber)) {
    lambdaRecord.userIdentity = { ...TTL_IDENTITY };
  } else if (record.userIdentity) {
    lambdaRecord.userIdentity = {
      type: required(record.userIdentity.Type, 'userIdentity.Type', record),
      principalId: required(record.userIdentity.PrincipalId, 'userIdentity.PrincipalId', record),
    };
  }
  return lambdaRecord;
};
