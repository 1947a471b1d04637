import { gsi } from './gsi';
import type { TableSpec } from './table-spec';

/** Ingestion jobs, row errors, checkpoints and schedules. The stream feeds job lifecycle events. */
export const jobsTableSpec = {
  logicalName: 'JobsTable',
  partitionKey: 'PK',
  sortKey: 'SK',
  attributeType: 'S',
  globalSecondaryIndexes: [gsi(1)],
  billingMode: 'PAY_PER_REQUEST',
  streamViewType: 'NEW_AND_OLD_IMAGES',
  timeToLiveAttribute: 'ttl',
} as const satisfies TableSpec;
