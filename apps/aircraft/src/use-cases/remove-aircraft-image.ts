import { type AircraftImageRepository, AircraftImageNotFoundError, isLive, type WriteContext } from '../domain';

/**
 * Removes an image (soft delete: it leaves the image-by-id index, the actor is stamped for the
 * `AircraftImageRemoved` event, and TTL purges it later).
 * @throws AircraftImageNotFoundError when there is no live image with this id on this aircraft.
 * @example
 * await removeAircraftImage('12345', imageId, context, { images: repository });
 */
export const removeAircraftImage = async (
  nNumber: string,
  imageId: string,
  context: WriteContext,
  ports: { readonly images: AircraftImageRepository },
): Promise<void> => {
  const image = await ports.images.get(nNumber, imageId);
  if (image === undefined || !isLive(image)) throw new AircraftImageNotFoundError(nNumber, imageId);
  await ports.images.softDelete(nNumber, imageId, { ...context, expectedVersion: image.version });
};
