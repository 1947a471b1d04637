import type { AuditRecord } from '../domain';
import type { AuditRecordItem } from './audit-record-entity';

/**
 * The item a record is stored as (`expiresAt` → the table's TTL attribute `expires_at`).
 * @example
 * AuditRecordEntity.build(PutItemCommand).item(recordToItem(record));
 */
export const recordToItem = ({ expiresAt, ...record }: AuditRecord): AuditRecordItem => ({
  ...record,
  expires_at: expiresAt,
}) as AuditRecordItem;

/**
 * The record a stored item holds.
 * @example
 * const records = (Items ?? []).map(itemToRecord);
 */
export const itemToRecord = ({ expires_at, ...item }: AuditRecordItem): AuditRecord => ({
  ...(item as Omit<AuditRecord, 'expiresAt'>),
  expiresAt: expires_at,
});
