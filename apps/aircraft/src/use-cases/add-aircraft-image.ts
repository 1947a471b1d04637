import {
  type AircraftImage,
  type AircraftImageRepository,
  AircraftNotFoundError,
  type AircraftRepository,
  isLive,
  type NewAircraftImage,
  type WriteContext,
} from '../domain';

/** The ports `addAircraftImage` needs; `newId` makes image ids (random UUIDs in production). */
export interface AddAircraftImagePorts {
  readonly aircraft: Pick<AircraftRepository, 'get'>;
  readonly images: AircraftImageRepository;
  readonly newId: () => string;
}

/**
 * Attaches image metadata to a live aircraft under a new id, stamped with the actor and correlation id.
 * @throws AircraftNotFoundError when the aircraft does not exist or was soft deleted.
 * @example
 * const image = await addAircraftImage('12345', { objectKey, contentType: 'image/jpeg', byteSize }, context, ports);
 */
export const addAircraftImage = async (
  nNumber: string,
  image: NewAircraftImage,
  context: WriteContext,
  ports: AddAircraftImagePorts,
): Promise<AircraftImage> => {
  const aircraft = await ports.aircraft.get(nNumber);
  if (aircraft === undefined || !isLive(aircraft)) throw new AircraftNotFoundError(nNumber);
  return ports.images.add(nNumber, ports.newId(), image, context);
};
