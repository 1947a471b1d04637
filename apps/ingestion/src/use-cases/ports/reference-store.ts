/** The reference data an aircraft points to. */
export type ReferenceKind = 'AircraftModel' | 'EngineModel';

/** Reference codes per kind. */
export type ReferenceCodes<Codes = readonly string[]> = Readonly<Record<ReferenceKind, Codes>>;

/**
 * Port: which reference codes exist in CoreTable. Both kinds are asked in one call, so an adapter can
 * look them up together (one round trip for a chunk's models and engines).
 * @example
 * const found = await references.existing({ AircraftModel: ['2072738'], EngineModel: ['41514'] });
 * found.EngineModel.has('41514');
 */
export interface ReferenceStore {
  existing(codes: Partial<ReferenceCodes>): Promise<ReferenceCodes<Set<string>>>;
}
