import type { AuditRecordSummary } from './audit-records';

/** How the audit trail compares with what was written: each written entity's event recorded exactly once? */
export interface ExactlyOnceTally {
  /** Written entities with at least one record. */
  readonly recorded: number;
  /** Written entities with no record. */
  readonly lost: readonly string[];
  /** Records beyond the first, per entity (a duplicate record in the table). */
  readonly duplicateRecords: number;
  /** The first record of each written entity, for latencies. */
  readonly firstRecordAt: ReadonlyMap<string, number>;
}

/**
 * Compares the written entity ids with the stored records of one detail-type.
 * @example
 * ```ts
 * exactlyOnce(['N1', 'N2'], records, 'AircraftRegistered'); // { recorded: 2, lost: [], duplicateRecords: 0, ... }
 * ```
 */
export const exactlyOnce = (written: Iterable<string>, records: readonly AuditRecordSummary[], detailType: string): ExactlyOnceTally => {
  const byEntity = new Map<string, AuditRecordSummary[]>();
  for (const record of records) {
    if (record.detailType !== detailType) continue;
    byEntity.set(record.entityId, [...(byEntity.get(record.entityId) ?? []), record]);
  }
  const lost: string[] = [];
  const firstRecordAt = new Map<string, number>();
  let recorded = 0;
  let duplicateRecords = 0;
  for (const id of written) {
    const found = byEntity.get(id);
    if (!found?.length) {
      lost.push(id);
      continue;
    }
    recorded += 1;
    duplicateRecords += found.length - 1;
    firstRecordAt.set(id, Math.min(...found.map((record) => record.recordedAt)));
  }
  return { recorded, lost, duplicateRecords, firstRecordAt };
};
