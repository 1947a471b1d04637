import type { AuditRecord } from '../record';

/**
 * One audit record as an analytics line: the record as the API shows it (`expiresAt` as an ISO instant),
 * as one line of JSON. `eventId` comes first: downstream de-duplication keys on it.
 * @example
 * analyticsLine(record); // '{"eventId":"7b1f…","occurredAt":"…",…}\n'
 */
export const analyticsLine = ({ eventId, expiresAt, ...record }: AuditRecord): string =>
  `${JSON.stringify({ eventId, ...record, expiresAt: new Date(expiresAt * 1000).toISOString() })}\n`;

/**
 * The day partition of a record: the UTC day it was recorded (`dt=YYYY-MM-DD`), as Firehose partitions by arrival.
 * @example
 * analyticsPartition(record); // 'dt=2025-11-21'
 */
export const analyticsPartition = (record: AuditRecord): string => `dt=${record.recordedAt.slice(0, 10)}`;
