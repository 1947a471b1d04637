import type { AircraftRecord } from '@aircraftops/registry';

import type { ReferenceCodes, ReferenceKind, ReferenceStore } from './ports';

/**
 * Resolves aircraft's model and engine codes against the models/engines of the same job (learnt as
 * their files are read, before MASTER) and those already in the table (looked up once per code and
 * cached, found or not). Memory: the distinct codes only (≈ 100k for the full ACFTREF).
 * @example
 * const checker = new ReferenceChecker(store);
 * checker.learn('EngineModel', ['41514']);
 * await checker.countUnresolved(aircraft); // rows with a code found nowhere
 */
export class ReferenceChecker {
  private readonly known: Record<ReferenceKind, Set<string>> = { AircraftModel: new Set(), EngineModel: new Set() };
  private readonly missing: Record<ReferenceKind, Set<string>> = { AircraftModel: new Set(), EngineModel: new Set() };

  constructor(private readonly store: ReferenceStore) {}

  learn(kind: ReferenceKind, codes: Iterable<string>): void {
    for (const code of codes) {
      this.known[kind].add(code);
      this.missing[kind].delete(code);
    }
  }

  /** How many of `aircraft` point to a model or an engine that exists nowhere (blank codes are not references). */
  async countUnresolved(aircraft: readonly Pick<AircraftRecord, 'mfrMdlCode' | 'engMfrMdl'>[]): Promise<number> {
    await this.resolve({ AircraftModel: aircraft.map((row) => row.mfrMdlCode), EngineModel: aircraft.map((row) => row.engMfrMdl) });
    return aircraft.filter((row) => this.isMissing('AircraftModel', row.mfrMdlCode) || this.isMissing('EngineModel', row.engMfrMdl)).length;
  }

  private isMissing(kind: ReferenceKind, code: string): boolean {
    return code !== '' && !this.known[kind].has(code);
  }

  /** Looks up the codes neither known nor known missing yet — models and engines in one store call. */
  private async resolve(codes: ReferenceCodes): Promise<void> {
    const unknownOf = (kind: ReferenceKind) =>
      [...new Set(codes[kind])].filter((code) => code !== '' && !this.known[kind].has(code) && !this.missing[kind].has(code));
    const unknown = { AircraftModel: unknownOf('AircraftModel'), EngineModel: unknownOf('EngineModel') };
    if (unknown.AircraftModel.length === 0 && unknown.EngineModel.length === 0) return;
    const found = await this.store.existing(unknown);
    for (const kind of ['AircraftModel', 'EngineModel'] as const) {
      for (const code of unknown[kind]) (found[kind].has(code) ? this.known : this.missing)[kind].add(code);
    }
  }
}
