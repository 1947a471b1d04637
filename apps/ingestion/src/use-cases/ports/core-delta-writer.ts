import type { Actor } from '@aircraftops/tables';

import type { RegistryRecordOf, RegistryFileKind } from '@aircraftops/registry';

/** Who and what every CoreTable write of a job is stamped with. */
export interface WriteStamp {
  readonly jobId: string;
  readonly correlationId: string;
  readonly actor: Actor;
}

/** One decoded row to write, with its content hash. Keys within one call are distinct. */
export interface DeltaRow<K extends RegistryFileKind = RegistryFileKind> {
  readonly line: number;
  readonly record: RegistryRecordOf<K>;
  readonly hash: string;
}

/** A row the store refused (a concurrent edit, an item the schema rejects). */
export interface RowRejection {
  readonly line: number;
  readonly field: string;
  readonly reason: string;
  readonly excerpt?: string;
}

/** Outcome of one `write`: every row is exactly one of written, unchanged, rejected. */
export interface DeltaResult {
  readonly written: number;
  readonly unchanged: number;
  readonly rejected: readonly RowRejection[];
}

/**
 * Port: delta writes to CoreTable. Unchanged rows (same content hash) are not written at all.
 * @example
 * const result = await writer.write('MASTER', rows, { jobId, correlationId, actor });
 */
export interface CoreDeltaWriter {
  write<K extends RegistryFileKind>(kind: K, rows: readonly DeltaRow<K>[], stamp: WriteStamp): Promise<DeltaResult>;
}
