/**
 * A table's physical specification: the single source that both the local table creator and the CDK
 * read, so local and cloud tables cannot drift apart.
 */
export type StreamViewType = 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY';

export interface IndexSpec {
  readonly indexName: string;
  readonly partitionKey: string;
  readonly sortKey: string;
  /** ALL unless a documented access pattern needs less. */
  readonly projection: 'ALL';
}

export interface TableSpec {
  /** Logical name; the physical name comes from configuration (see `tableNamesFromEnv`). */
  readonly logicalName: 'CoreTable' | 'JobsTable' | 'AuditEventsTable';
  readonly partitionKey: string;
  readonly sortKey: string;
  /** Every key attribute is a string. */
  readonly attributeType: 'S';
  readonly globalSecondaryIndexes: readonly IndexSpec[];
  readonly billingMode: 'PAY_PER_REQUEST';
  readonly streamViewType: StreamViewType;
  readonly timeToLiveAttribute: string;
}
