import type { SearchEngine } from '../domain/search-engine';
import { type ReferenceNames, type SearchableAircraft, toSearchDocument } from '../domain/to-search-document';

/** An aircraft event as the search consumer sees it: what happened, to which version, with which data. */
export interface AircraftChange {
  readonly kind: 'upsert' | 'remove';
  readonly version: number;
  readonly aircraft: SearchableAircraft;
}

/** The ports the search consumer needs. */
export interface SearchIndexPorts {
  readonly engine: SearchEngine;
  /** Manufacturer/model and engine names of an aircraft's codes. */
  readonly referenceNames: (aircraft: SearchableAircraft) => Promise<ReferenceNames>;
}

/** What applying one change did: applied, or skipped because the index already holds that version or a newer one. */
export type ApplyOutcome = 'applied' | 'stale';

/**
 * Applies one aircraft change to the search index, idempotently and order-safely: the engine applies a
 * version only when it is newer than what it has seen for the aircraft (removals leave a tombstone), so a
 * redelivered or late event changes nothing. Reference names are looked up only for an upsert that may apply.
 * @example
 * await applyAircraftChange({ kind: 'upsert', version: 3, aircraft: detail.data }, ports);
 */
export const applyAircraftChange = async (change: AircraftChange, ports: SearchIndexPorts): Promise<ApplyOutcome> => {
  if (change.kind === 'remove') return (await ports.engine.remove(change.aircraft.nNumber, change.version)) ? 'applied' : 'stale';
  const seen = await ports.engine.versionOf(change.aircraft.nNumber);
  if (seen !== undefined && seen >= change.version) return 'stale';
  const document = toSearchDocument(change.aircraft, change.version, await ports.referenceNames(change.aircraft));
  return (await ports.engine.upsert(document)) ? 'applied' : 'stale';
};
