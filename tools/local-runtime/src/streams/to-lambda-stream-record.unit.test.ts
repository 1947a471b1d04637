import type { _Record as SdkStreamRecord } from '@aws-sdk/client-dynamodb-streams';

import { describeWithSamples } from './conformance-samples.fixtures.test';
import { MalformedStreamRecordError } from './errors';
import { toLambdaStreamRecord } from './to-lambda-stream-record';

const STREAM_ARN = 'arn:aws:dynamodb:us-east-1:111111111111:table/holdout-table/stream/2025-11-25T15:40:00.000';

/** What DynamoDB Local returns through the SDK for a NEW_IMAGE insert with a binary attribute. */
const sdkBinaryInsert = (): SdkStreamRecord => ({
  eventID: 'c6e7f8091a2b3c4d5e6f708192a3b4c5',
  eventName: 'INSERT',
  eventVersion: '1.1',
  eventSource: 'aws:dynamodb',
  awsRegion: 'ddblocal',
  dynamodb: {
    ApproximateCreationDateTime: new Date(1764085001_000),
    Keys: { my_partition_key: { S: 'hello world' } },
    NewImage: { binary_key: { B: new TextEncoder().encode('foobar') }, my_partition_key: { S: 'hello world' } },
    SequenceNumber: '300000000021870453247',
    SizeBytes: 70,
    StreamViewType: 'NEW_IMAGE',
  },
});

/** Every key path of a JSON value with the type at its end, e.g. `dynamodb.SizeBytes:number`. */
const shapeOf = (value: unknown, path = ''): string[] => {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, nested]) => shapeOf(nested, path ? `${path}.${key}` : key));
  }
  return [`${path}:${Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value}`];
};

describe('toLambdaStreamRecord', () => {
  it('converts the creation date to epoch seconds, binary to base64 and sets region, ARN and version', () => {
    const record = toLambdaStreamRecord(sdkBinaryInsert(), { region: 'us-east-1', streamArn: STREAM_ARN });

    expect(record.dynamodb.ApproximateCreationDateTime).toBe(1764085001);
    expect(record.dynamodb.NewImage?.['binary_key']).toEqual({ B: 'Zm9vYmFy' });
    expect(record.awsRegion).toBe('us-east-1');
    expect(record.eventSourceARN).toBe(STREAM_ARN);
    expect(record.eventVersion).toBe('1.1');
    expect(record).not.toHaveProperty('userIdentity');
    expect(record.dynamodb).not.toHaveProperty('OldImage');
  });

  it('keeps nested maps, lists, sets and nulls in wire form', () => {
    const sdk = sdkBinaryInsert();
    sdk.dynamodb!.NewImage = {
      m: { M: { l: { L: [{ N: '1' }, { BS: [new Uint8Array([1, 2])] }, { NULL: true }] } } },
      ss: { SS: ['a'] },
      ns: { NS: ['1'] },
      flag: { BOOL: false },
    };
    const record = toLambdaStreamRecord(sdk, { region: 'us-east-1', streamArn: STREAM_ARN });

    expect(record.dynamodb.NewImage).toEqual({
      m: { M: { l: { L: [{ N: '1' }, { BS: ['AQI='] }, { NULL: true }] } } },
      ss: { SS: ['a'] },
      ns: { NS: ['1'] },
      flag: { BOOL: false },
    });
  });

  it('translates the SDK userIdentity casing of a TTL deletion', () => {
    const sdk: SdkStreamRecord = { ...sdkBinaryInsert(), eventName: 'REMOVE', userIdentity: { PrincipalId: 'dynamodb.amazonaws.com', Type: 'Service' } };

    expect(toLambdaStreamRecord(sdk, { region: 'us-east-1', streamArn: STREAM_ARN }).userIdentity).toEqual({
      type: 'Service',
      principalId: 'dynamodb.amazonaws.com',
    });
  });

  it('stamps a REMOVE of the TTL emulation with the DynamoDB service principal, and only a REMOVE', () => {
    const remove: SdkStreamRecord = { ...sdkBinaryInsert(), eventName: 'REMOVE' };
    const seen: string[] = [];
    const isTtlRemove = (_keys: unknown, sequenceNumber: string) => (seen.push(sequenceNumber), true);

    expect(toLambdaStreamRecord(remove, { region: 'us-east-1', streamArn: STREAM_ARN, isTtlRemove }).userIdentity).toEqual({
      type: 'Service',
      principalId: 'dynamodb.amazonaws.com',
    });
    expect(seen).toEqual(['300000000021870453247']);
    expect(toLambdaStreamRecord(sdkBinaryInsert(), { region: 'us-east-1', streamArn: STREAM_ARN, isTtlRemove })).not.toHaveProperty('userIdentity');
    expect(toLambdaStreamRecord(remove, { region: 'us-east-1', streamArn: STREAM_ARN, isTtlRemove: () => false })).not.toHaveProperty('userIdentity');
  });

  it("narrows DynamoDB Local's minute-truncated creation time to the second it was read", () => {
    const sdk = sdkBinaryInsert();
    sdk.dynamodb!.ApproximateCreationDateTime = new Date(1_764_085_020_000);

    const record = toLambdaStreamRecord(sdk, { region: 'us-east-1', streamArn: STREAM_ARN, readAtMs: 1_764_085_031_700 });

    expect(record.dynamodb.ApproximateCreationDateTime).toBe(1_764_085_031);
  });

  it('rejects a record without a sequence number', () => {
    const sdk = sdkBinaryInsert();
    delete sdk.dynamodb!.SequenceNumber;

    expect(() => toLambdaStreamRecord(sdk, { region: 'us-east-1', streamArn: STREAM_ARN })).toThrow(MalformedStreamRecordError);
  });
});

describeWithSamples('toLambdaStreamRecord against recorded AWS deliveries', (samples) => {
  it('produces the same keys, key order, types and values as the recorded NEW_IMAGE binary insert', () => {
    const recorded = samples.samples.find((s) => s.id === 'aws-recorded-new-image-only-insert-binary')?.event.Records[0];
    const record = toLambdaStreamRecord(sdkBinaryInsert(), { region: 'us-east-1', streamArn: STREAM_ARN });

    expect(JSON.parse(JSON.stringify(record))).toEqual(recorded);
    expect(shapeOf(record)).toEqual(shapeOf(recorded));
  });

  it('has the top-level and dynamodb fields of every 2025 recording', () => {
    const record = toLambdaStreamRecord(sdkBinaryInsert(), { region: 'us-east-1', streamArn: STREAM_ARN });
    for (const sample of samples.samples.filter((s) => s.authority === 'aws-recorded')) {
      const recorded = sample.event.Records[0] as { dynamodb: object };
      expect(Object.keys(record)).toEqual(Object.keys(recorded));
      expect(Object.keys(record.dynamodb).filter((k) => k !== 'OldImage' && k !== 'NewImage')).toEqual(
        Object.keys(recorded.dynamodb).filter((k) => k !== 'OldImage' && k !== 'NewImage'),
      );
    }
  });

  it('shapes userIdentity like the TTL deletion sample', () => {
    const ttlSample = samples.samples.find((s) => s.id === 'ttl-remove-with-user-identity')?.event.Records[0];
    const sdk: SdkStreamRecord = { ...sdkBinaryInsert(), eventName: 'REMOVE', userIdentity: { PrincipalId: 'dynamodb.amazonaws.com', Type: 'Service' } };

    expect(toLambdaStreamRecord(sdk, { region: 'us-east-1', streamArn: STREAM_ARN }).userIdentity).toEqual(ttlSample?.['userIdentity']);
  });
});
