import type { AuditEvent } from '@aircraftops/tables';

import type { AuditRecord } from '../domain';

/**
 * The item a record is stored as (`expiresAt` → the table's TTL attribute `expires_at`).
 * @example
 * AuditEventEntity.build(PutItemCommand).item(recordToItem(record));
 */
export const recordToItem = ({ expiresAt, ...record }: AuditRecord): AuditEvent => ({
  ...record,
  expires_at: expiresAt,
});

/**
 * The record a stored item holds.
 * @example
 * const records = (Items ?? []).map(itemToRecord);
 */
export const itemToRecord = ({ expires_at, ...item }: AuditEvent): AuditRecord => ({
  // `data`, `changes` and `extras` are `any()` in the schema (validated as objects on write), so they format as unknown.
  ...(item as Omit<AuditRecord, 'expiresAt'>),
  expiresAt: expires_at,
});
