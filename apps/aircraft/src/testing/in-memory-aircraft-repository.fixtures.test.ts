import {
  type Aircraft,
  type AircraftChanges,
  type AircraftImage,
  type AircraftListFilter,
  type AircraftPartition,
  type AircraftRepository,
  AircraftNotFoundError,
  AircraftVersionConflictError,
  type Deregistration,
  isLive,
  type PageRequest,
  type VersionedWrite,
} from '../domain';
import { pageOf } from './in-memory-pages.fixtures.test';

const normalize = (name: string) => name.trim().replace(/\s+/g, ' ').toUpperCase();

const matches = (aircraft: Aircraft, filter: AircraftListFilter): boolean => {
  switch (filter.by) {
    case 'model':
      return aircraft.mfrMdlCode === filter.mfrMdlCode;
    case 'registrant':
      return normalize(aircraft.registrant?.name ?? '').startsWith(normalize(filter.namePrefix));
    case 'expiring':
      return aircraft.statusCode === 'V' && (aircraft.expirationDate ?? '').startsWith(`${filter.month}-`);
  }
};

/** An in-memory AircraftRepository with the real one's semantics (versions, soft delete, live-only lists). */
export class InMemoryAircraftRepository implements AircraftRepository {
  readonly aircraft = new Map<string, Aircraft>();
  readonly images: AircraftImage[] = [];
  readonly deregistrations: Deregistration[] = [];
  /** Every write, in order, so tests can assert that nothing was written. */
  readonly writes: { readonly kind: 'update' | 'softDelete'; readonly nNumber: string; readonly write: VersionedWrite }[] = [];

  seed(...aircraft: Aircraft[]): this {
    for (const item of aircraft) this.aircraft.set(item.nNumber, item);
    return this;
  }

  async get(nNumber: string): Promise<Aircraft | undefined> {
    return this.aircraft.get(nNumber);
  }

  async getPartition(nNumber: string): Promise<AircraftPartition> {
    return {
      aircraft: this.aircraft.get(nNumber),
      images: this.images.filter((image) => image.nNumber === nNumber),
      deregistrations: this.deregistrations.filter((deregistration) => deregistration.nNumber === nNumber),
    };
  }

  async list(filter: AircraftListFilter, page: PageRequest) {
    const live = [...this.aircraft.values()].filter((aircraft) => isLive(aircraft) && matches(aircraft, filter));
    return pageOf(live.sort((a, b) => a.nNumber.localeCompare(b.nNumber)), page);
  }

  async update(nNumber: string, changes: AircraftChanges, write: VersionedWrite): Promise<Aircraft> {
    const next = { ...this.checked(nNumber, write), ...changes };
    for (const [name, value] of Object.entries(changes)) if (value === undefined) delete next[name as keyof Aircraft];
    return this.store('update', nNumber, next, write);
  }

  async softDelete(nNumber: string, write: VersionedWrite): Promise<void> {
    this.store('softDelete', nNumber, { ...this.checked(nNumber, write), delete_at: 2_000_000_000 }, write);
  }

  private checked(nNumber: string, write: VersionedWrite): Aircraft {
    const current = this.aircraft.get(nNumber);
    if (current === undefined) throw new AircraftNotFoundError(nNumber);
    if (current.version !== write.expectedVersion) {
      throw new AircraftVersionConflictError(nNumber, write.expectedVersion, current.version);
    }
    return current;
  }

  private store(kind: 'update' | 'softDelete', nNumber: string, next: Aircraft, write: VersionedWrite): Aircraft {
    const stored = { ...next, version: write.expectedVersion + 1, updatedBy: write.actor, correlationId: write.correlationId };
    this.aircraft.set(nNumber, stored);
    this.writes.push({ kind, nNumber, write });
    return stored;
  }
}
