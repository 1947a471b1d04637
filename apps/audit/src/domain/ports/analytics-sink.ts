import type { AuditRecord } from '../record';

/**
 * Port: where new audit records go for analytics. Idempotent on `eventId` where the sink can be (the local
 * files are; Firehose is at least once, and every line carries `eventId` to de-duplicate on).
 */
export interface AnalyticsSink {
  put(record: AuditRecord): Promise<void>;
}
