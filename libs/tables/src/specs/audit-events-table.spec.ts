import { gsi } from './gsi';
import type { TableSpec } from './table-spec';

/** The audit trail: one item per domain event, filtered by entity, actor, type/day and correlation id. */
export const auditEventsTableSpec = {
  logicalName: 'AuditEventsTable',
  partitionKey: 'PK',
  sortKey: 'SK',
  attributeType: 'S',
  globalSecondaryIndexes: [gsi(1), gsi(2), gsi(3)],
  billingMode: 'PAY_PER_REQUEST',
  streamViewType: 'NEW_IMAGE',
  timeToLiveAttribute: 'expires_at',
} as const satisfies TableSpec;
