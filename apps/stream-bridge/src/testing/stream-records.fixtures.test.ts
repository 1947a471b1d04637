import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

/** Stream ARNs in the shape Lambda delivers (see the aws-recorded samples). */
export const streamArnOf = (table: string) => `arn:aws:dynamodb:us-east-1:111111111111:table/${table}/stream/2025-11-25T15:40:00.000`;

/** What `userIdentity` is on a TTL deletion (DynamoDB TTL docs). */
export const TTL_USER_IDENTITY = { type: 'Service', principalId: 'dynamodb.amazonaws.com' } as const;

export const APPROXIMATE_CREATION = 1_764_085_001;

export interface RecordInput {
  readonly eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  readonly table?: string;
  readonly newItem?: Record<string, unknown>;
  readonly oldItem?: Record<string, unknown>;
  readonly ttl?: boolean;
  /** Position in the shard; decides eventID and SequenceNumber. */
  readonly position?: number;
}

const wire = (item: Record<string, unknown>) =>
  marshall(item, { removeUndefinedValues: true }) as unknown as Record<string, AttributeValue>;

/**
 * One record exactly in Lambda's shape (key order and types as in the aws-recorded samples): 32-hex eventID,
 * eventVersion 1.1, 21-digit SequenceNumber, Keys from the item's PK/SK, userIdentity only on TTL deletions.
 */
export function streamRecord(input: RecordInput): DynamoDBRecord {
  const position = input.position ?? 0;
  const item = (input.newItem ?? input.oldItem ?? {}) as { PK?: unknown; SK?: unknown };
  const record: DynamoDBRecord = {
    eventID: position.toString(16).padStart(32, 'a'),
    eventName: input.eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'us-east-1',
    dynamodb: {
      ApproximateCreationDateTime: APPROXIMATE_CREATION,
      Keys: wire({ PK: item.PK, SK: item.SK }),
      ...(input.newItem ? { NewImage: wire(input.newItem) } : {}),
      ...(input.oldItem ? { OldImage: wire(input.oldItem) } : {}),
      SequenceNumber: (100000000021870453245n + BigInt(position)).toString(),
      SizeBytes: 512,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
    eventSourceARN: streamArnOf(input.table ?? 'CoreTable'),
  };
  if (input.ttl) record.userIdentity = { ...TTL_USER_IDENTITY };
  return record;
}

/** A batch of records at consecutive positions. */
export const streamEvent = (inputs: readonly Omit<RecordInput, 'position'>[]): DynamoDBStreamEvent => ({
  Records: inputs.map((input, position) => streamRecord({ ...input, position })),
});
