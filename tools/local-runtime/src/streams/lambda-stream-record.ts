import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';

/** An AttributeValue in DynamoDB's JSON wire form, as Lambda delivers it (binary as base64 strings). */
export type WireAttributeValue = AttributeValue;

/** One stream record exactly as Lambda hands it to a DynamoDB-stream function (esm-semantics.md §1.2). */
export interface LambdaStreamRecord extends DynamoDBRecord {
  eventID: string;
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  eventVersion: '1.1';
  eventSource: 'aws:dynamodb';
  awsRegion: string;
  eventSourceARN: string;
  dynamodb: {
    /** Epoch seconds, a JSON number. */
    ApproximateCreationDateTime: number;
    Keys: Record<string, WireAttributeValue>;
    NewImage?: Record<string, WireAttributeValue>;
    OldImage?: Record<string, WireAttributeValue>;
    SequenceNumber: string;
    SizeBytes: number;
    StreamViewType: 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES';
  };
  /** Present only on TTL deletions. */
  userIdentity?: { type: string; principalId: string };
}
