import { AircraftNotFoundError, type AircraftRepository, isLive, type WriteContext } from '../domain';

/**
 * Soft deletes an aircraft: it disappears from reads and from every index at once, stamped with the
 * actor (the `AircraftDeregistered` event), and TTL purges it later.
 * @throws AircraftNotFoundError when absent or already deleted; AircraftVersionConflictError when
 * another write landed between the read and the delete.
 * @example
 * await deleteAircraft('12345', context, { aircraft: repository });
 */
export const deleteAircraft = async (
  nNumber: string,
  context: WriteContext,
  ports: { readonly aircraft: Pick<AircraftRepository, 'get' | 'softDelete'> },
): Promise<void> => {
  const current = await ports.aircraft.get(nNumber);
  if (current === undefined || !isLive(current)) throw new AircraftNotFoundError(nNumber);
  await ports.aircraft.softDelete(nNumber, { ...context, expectedVersion: current.version });
};
