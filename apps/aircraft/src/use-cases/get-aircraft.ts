import { type AircraftDetails, AircraftNotFoundError, type AircraftRepository, isLive } from '../domain';

/**
 * An aircraft with its live images and deregistration history, read in one query of its partition.
 * @throws AircraftNotFoundError when there is no aircraft or it was soft deleted.
 * @example
 * const { aircraft, images, deregistrations } = await getAircraft('12345', { aircraft: repository });
 */
export const getAircraft = async (nNumber: string, ports: { readonly aircraft: Pick<AircraftRepository, 'getPartition'> }): Promise<AircraftDetails> => {
  const { aircraft, images, deregistrations } = await ports.aircraft.getPartition(nNumber);
  if (aircraft === undefined || !isLive(aircraft)) throw new AircraftNotFoundError(nNumber);
  return { aircraft, images: images.filter(isLive), deregistrations: deregistrations.filter(isLive) };
};
