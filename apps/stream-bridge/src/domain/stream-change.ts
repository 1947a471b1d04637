/** An entity item as its dynamodb-toolbox formatter returns it: no table keys, no index keys, no `_et`. */
export type EntityItem = Readonly<Record<string, unknown>>;

/**
 * One DynamoDB stream record of a bridged entity, unmarshalled, formatted and independent of Lambda's event
 * shape: what the domain mapping works on.
 *
 * @example
 * ```ts
 * const change: StreamChange = { recordId: 'c4ca…', sequenceNumber: '4421…', eventName: 'INSERT',
 *   approximateCreationSeconds: 1764085001, deletedByTtl: false, entityType: 'Aircraft', newItem: aircraft };
 * ```
 */
export interface StreamChange {
  /** The stream record's `eventID`: the root of the deterministic event ids. */
  readonly recordId: string;
  readonly sequenceNumber: string;
  readonly eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  /** When DynamoDB wrote the record (epoch seconds; DynamoDB Local truncates it to the minute). */
  readonly approximateCreationSeconds: number;
  /** True when DynamoDB's TTL process deleted the item (`userIdentity` is the service principal). */
  readonly deletedByTtl: boolean;
  /** The dynamodb-toolbox entity name stored in the item's `_et`. */
  readonly entityType: string;
  /** The item before the write (MODIFY, REMOVE). */
  readonly oldItem?: EntityItem;
  /** The item after the write (INSERT, MODIFY). */
  readonly newItem?: EntityItem;
}
