/** One DynamoDB stream record, unmarshalled and independent of Lambda's event shape. */
export interface StreamChange {
  /** The stream record's `eventID`: the root of the deterministic event ids. */
  readonly recordId: string;
  readonly eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  readonly sequenceNumber: string;
  /** When DynamoDB wrote the record (epoch seconds). */
  readonly approximateCreationSeconds: number;
  readonly oldItem?: Readonly<Record<string, unknown>>;
  readonly newItem?: Readonly<Record<string, unknown>>;
  /** True when DynamoDB's TTL process deleted the item (`userIdentity` is the service principal). */
  readonly deletedByTtl: boolean;
}
