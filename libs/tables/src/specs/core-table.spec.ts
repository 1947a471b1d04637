import { gsi } from './gsi';
import type { TableSpec } from './table-spec';

/** Authoritative source of truth: aircraft, registry reference data, image metadata (single-table design). */
export const coreTableSpec = {
  logicalName: 'CoreTable',
  partitionKey: 'PK',
  sortKey: 'SK',
  attributeType: 'S',
  globalSecondaryIndexes: [gsi(1), gsi(2), gsi(3)],
  billingMode: 'PAY_PER_REQUEST',
  streamViewType: 'NEW_AND_OLD_IMAGES',
  timeToLiveAttribute: 'delete_at',
} as const satisfies TableSpec;
