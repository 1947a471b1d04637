import type { AuditRecord } from '../record';

/** What storing a record did: written now, or already there (an at-least-once redelivery). */
export type StoreOutcome = 'recorded' | 'duplicate';

/**
 * Port: where audit records are written. Idempotent on the record's key: a second put of the same
 * event answers `duplicate` and writes nothing.
 */
export interface AuditRecordStore {
  /** @throws ConflictingDuplicateError when the key holds a different event. */
  put(record: AuditRecord): Promise<StoreOutcome>;
}
