import { parseEventBridgeMessage } from '../message';
import type { AuditRecordStore, StoreOutcome } from '../ports';
import { type AuditRecord, toAuditRecord } from '../record';
import type { RetentionPolicy } from '../retention';

/** What recording needs from outside: the store, the clock and (per request) the retention policy. */
export interface RecordAuditEventPorts {
  readonly store: AuditRecordStore;
  readonly now: () => Date;
  /** The configured retention; the documented defaults when absent. */
  readonly retention?: () => RetentionPolicy;
}

/** The record and what storing it did. */
export interface RecordAuditEventResult {
  readonly record: AuditRecord;
  readonly outcome: StoreOutcome;
}

/**
 * Records one delivered EventBridge event (an SQS message body) in the audit trail, exactly once.
 * Every failure throws, so the message is retried and, in the end, kept in the DLQ.
 * @example
 * const { outcome } = await recordAuditEvent(record.body, { store, now: () => new Date() });
 */
export const recordAuditEvent = async (body: string, ports: RecordAuditEventPorts): Promise<RecordAuditEventResult> => {
  const record = toAuditRecord(parseEventBridgeMessage(body), ports.now(), ports.retention?.());
  const outcome = await ports.store.put(record);
  return { record, outcome };
};
