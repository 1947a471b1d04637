import type { AircraftImage, NewAircraftImage, WriteContext } from '../model';

/** Where image metadata lives. `get` returns soft-deleted images too (with `delete_at`). */
export interface AircraftImageRepository {
  get(nNumber: string, imageId: string): Promise<AircraftImage | undefined>;
  /** Stores a new image under a fresh id; returns it as stored. */
  add(nNumber: string, imageId: string, image: NewAircraftImage, context: WriteContext): Promise<AircraftImage>;
  /**
   * Soft delete, on condition that the image is still at `expectedVersion`.
   * @throws AircraftImageNotFoundError when it is gone; a ConflictError when it changed meanwhile.
   */
  softDelete(nNumber: string, imageId: string, write: WriteContext & { readonly expectedVersion: number }): Promise<void>;
}
