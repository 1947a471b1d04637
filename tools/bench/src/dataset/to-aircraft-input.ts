import type { AircraftRecord } from '@aircraftops/registry';
import type { Actor } from '@aircraftops/tables';

/** The actor stamped on every benchmark write. */
export const BENCH_ACTOR: Actor = { type: 'service', id: 'bench' };

/**
 * The Aircraft entity input for a MASTER record: the record's fields plus the version stamps every
 * versioned item carries (`version: 1`, `updatedBy`, `correlationId`), as a first import writes them.
 *
 * @example
 * ```ts
 * Aircraft.build(PutItemCommand).item(toAircraftInput(record, 'bench-run-1')).params();
 * ```
 */
export const toAircraftInput = (record: AircraftRecord, correlationId: string) => ({
  ...record,
  version: 1,
  updatedBy: BENCH_ACTOR,
  correlationId,
});
