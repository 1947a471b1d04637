import type { ExportStatusReader, RecentRecordCounter } from '../ports';

/** A figure a function cannot read, and why: shown as such rather than guessed. */
export interface Unavailable {
  readonly available: false;
  readonly reason: string;
}

/** How the trail is keeping up. */
export interface AuditHealth {
  readonly checkedAt: string;
  /** Audit records whose event occurred in the last hour. */
  readonly recordsLastHour: number;
  /** `null` before the first export; unavailable where the sink keeps no status (Firehose, in the cloud). */
  readonly lastExport: { readonly at: string; readonly eventId: string; readonly ageSeconds: number } | Unavailable | null;
  readonly consumerLag: Unavailable;
  readonly dlqDepth: Unavailable;
}

/** What the health check needs from outside. */
export interface AuditHealthPorts {
  readonly counter: RecentRecordCounter;
  readonly exports: ExportStatusReader;
  /** Every detail-type the trail may hold (the event catalog's). */
  readonly detailTypes: readonly string[];
  readonly now: () => Date;
}

const HOUR_MS = 3_600_000;

/**
 * The audit trail's health as a function can read it: records in the last hour and the last export. Consumer
 * lag (the stream mapping's iterator age) and DLQ depth live in the event-source mapping and the queue, which
 * no declared access reaches (CloudWatch `IteratorAge` / SQS attributes in the cloud, the runtime's own
 * state locally: `aircraftops streams list`, `aircraftops rules list`), so they are reported as unavailable.
 * @example
 * const health = await auditHealth({ counter: auditTrail, exports, detailTypes, now: () => new Date() });
 */
export const auditHealth = async (ports: AuditHealthPorts): Promise<AuditHealth> => {
  const now = ports.now();
  const [recordsLastHour, last] = await Promise.all([
    ports.counter.countBetween(ports.detailTypes, new Date(now.getTime() - HOUR_MS).toISOString(), now.toISOString()),
    ports.exports.lastExport(),
  ]);
  return {
    checkedAt: now.toISOString(),
    recordsLastHour,
    lastExport:
      last === undefined ? null : 'available' in last ? last : { ...last, ageSeconds: Math.max(0, Math.round((now.getTime() - Date.parse(last.at)) / 1000)) },
    consumerLag: {
      available: false,
      reason: "the stream mapping's iterator age is not readable by a function (CloudWatch IteratorAge in the cloud; `aircraftops streams list` locally)",
    },
    dlqDepth: {
      available: false,
      reason: 'queue depths are not readable by a declared function (SQS attributes in the cloud; `aircraftops rules list` locally)',
    },
  };
};
