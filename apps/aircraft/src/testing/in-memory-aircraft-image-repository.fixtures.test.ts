import {
  type AircraftImage,
  type AircraftImageRepository,
  AircraftImageNotFoundError,
  type NewAircraftImage,
  type WriteContext,
} from '../domain';

/** An in-memory AircraftImageRepository (soft delete on an expected version, as the real one). */
export class InMemoryAircraftImageRepository implements AircraftImageRepository {
  readonly images = new Map<string, AircraftImage>();

  seed(...images: AircraftImage[]): this {
    for (const image of images) this.images.set(`${image.nNumber}/${image.imageId}`, image);
    return this;
  }

  async get(nNumber: string, imageId: string): Promise<AircraftImage | undefined> {
    return this.images.get(`${nNumber}/${imageId}`);
  }

  async add(nNumber: string, imageId: string, image: NewAircraftImage, context: WriteContext): Promise<AircraftImage> {
    const now = new Date().toISOString();
    const stored: AircraftImage = {
      ...image,
      nNumber,
      imageId,
      version: 1,
      updatedBy: context.actor,
      correlationId: context.correlationId,
      createdAt: now,
      modifiedAt: now,
    };
    this.images.set(`${nNumber}/${imageId}`, stored);
    return stored;
  }

  async softDelete(nNumber: string, imageId: string, write: WriteContext & { readonly expectedVersion: number }): Promise<void> {
    const current = this.images.get(`${nNumber}/${imageId}`);
    if (current === undefined || current.version !== write.expectedVersion) throw new AircraftImageNotFoundError(nNumber, imageId);
    this.images.set(`${nNumber}/${imageId}`, {
      ...current,
      delete_at: 2_000_000_000,
      version: current.version + 1,
      updatedBy: write.actor,
      correlationId: write.correlationId,
    });
  }
}
