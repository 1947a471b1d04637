/** The reference data an aircraft points to. */
export type ReferenceKind = 'AircraftModel' | 'EngineModel';

/**
 * Port: which reference codes exist in CoreTable.
 * @example
 * const found = await references.existing('AircraftModel', ['2072738', '0030109']);
 */
export interface ReferenceStore {
  existing(kind: ReferenceKind, codes: readonly string[]): Promise<Set<string>>;
}
