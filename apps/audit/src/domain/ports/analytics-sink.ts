import type { AuditRecord } from '../record';

/**
 * Port: where new audit records go for analytics. Idempotent on `eventId` where the sink can be (the local
 * files are; Firehose is at least once, and every line carries `eventId` to de-duplicate on).
 */
export interface AnalyticsSink {
  /**
   * Delivers every record, in order, or throws: a throw makes the stream mapping retry the batch, so a record
   * is never dropped (some may then be delivered twice).
   */
  putAll(records: readonly AuditRecord[]): Promise<void>;
}
