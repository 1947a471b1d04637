import type { RegistryFileKind } from '../layouts/registry-file-kind';
import type { AircraftModelRecord } from '../records/aircraft-model-record';
import type { AircraftRecord } from '../records/aircraft-record';
import type { DeregistrationRecord } from '../records/deregistration-record';
import type { EngineModelRecord } from '../records/engine-model-record';

/**
 * The record type each file kind decodes to.
 *
 * @example
 * ```ts
 * type Row = RegistryRecordOf<'MASTER'>; // AircraftRecord
 * ```
 */
export interface RegistryRecordByKind {
  MASTER: AircraftRecord;
  ACFTREF: AircraftModelRecord;
  ENGINE: EngineModelRecord;
  DEREG: DeregistrationRecord;
}
export type RegistryRecordOf<K extends RegistryFileKind> = RegistryRecordByKind[K];
