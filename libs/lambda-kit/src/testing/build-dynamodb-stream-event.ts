import type { AttributeValue, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

/** One change in a test stream batch. Images are in DynamoDB wire format. */
export interface BuildStreamRecordInput {
  readonly eventName?: 'INSERT' | 'MODIFY' | 'REMOVE';
  readonly keys?: Record<string, AttributeValue>;
  readonly newImage?: Record<string, AttributeValue>;
  readonly oldImage?: Record<string, AttributeValue>;
}

/**
 * A DynamoDB stream event; sequence numbers are 21-digit, increasing in record order, as in a shard.
 *
 * @example
 * const event = buildDynamoDbStreamEvent([{ eventName: 'INSERT', newImage: { PK: { S: 'AIRCRAFT#N1' } } }]);
 */
export const buildDynamoDbStreamEvent = (records: readonly BuildStreamRecordInput[]): DynamoDBStreamEvent => ({
  Records: records.map((record, index): DynamoDBRecord => ({
    eventID: `event-${index}`,
    eventName: record.eventName ?? 'INSERT',
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'us-east-1',
    eventSourceARN: 'arn:aws:dynamodb:us-east-1:000000000000:table/CoreTable/stream/2025-01-01T00:00:00.000',
    dynamodb: {
      ApproximateCreationDateTime: 1735689600,
      Keys: record.keys ?? { PK: { S: `ITEM#${index}` }, SK: { S: 'ITEM' } },
      ...(record.newImage ? { NewImage: record.newImage } : {}),
      ...(record.oldImage ? { OldImage: record.oldImage } : {}),
      SequenceNumber: (10n ** 20n + BigInt(index) * 10n).toString(),
      SizeBytes: 100,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  })),
});
