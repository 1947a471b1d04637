import type { Aircraft, AircraftChanges, AircraftImage, AircraftListFilter, Deregistration, Page, PageRequest, WriteContext } from '../model';

/** Everything stored in an aircraft's partition, soft-deleted items included. */
export interface AircraftPartition {
  readonly aircraft: Aircraft | undefined;
  readonly images: readonly AircraftImage[];
  readonly deregistrations: readonly Deregistration[];
}

/** A write that must find the aircraft at the version the caller read. */
export interface VersionedWrite extends WriteContext {
  readonly expectedVersion: number;
}

/**
 * Where aircraft live. Reads return soft-deleted aircraft too (with `delete_at`): deciding that they
 * are gone is the use cases' business. Lists never contain them (they have left every index).
 */
export interface AircraftRepository {
  /** The aircraft record alone (one GetItem), or undefined. */
  get(nNumber: string): Promise<Aircraft | undefined>;
  /** The aircraft with its images and deregistrations, read together from its partition (one Query). */
  getPartition(nNumber: string): Promise<AircraftPartition>;
  list(filter: AircraftListFilter, page: PageRequest): Promise<Page<Aircraft>>;
  /**
   * Applies `changes` if the stored version is `write.expectedVersion`.
   * @throws AircraftVersionConflictError on a stale version, AircraftNotFoundError when absent.
   */
  update(nNumber: string, changes: AircraftChanges, write: VersionedWrite): Promise<Aircraft>;
  /**
   * Soft delete: sets `delete_at` (the aircraft leaves every index; TTL purges it later).
   * @throws AircraftVersionConflictError on a stale version, AircraftNotFoundError when absent.
   */
  softDelete(nNumber: string, write: VersionedWrite): Promise<void>;
}
