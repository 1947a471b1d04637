import {
  type Aircraft,
  AircraftNotFoundError,
  type AircraftPatch,
  type AircraftRepository,
  AircraftVersionConflictError,
  changesOfPatch,
  isLive,
  type WriteContext,
} from '../domain';

/**
 * Applies an operator's patch with optimistic locking. A patch that changes nothing writes nothing
 * (the version stays, no event is emitted) and returns the aircraft as it is.
 * @throws AircraftNotFoundError when absent or soft deleted; AircraftVersionConflictError when the
 * aircraft is not at `expectedVersion` (checked first here, and again by the conditional write).
 * @example
 * const updated = await updateAircraft('12345', { statusCode: 'D' }, 3, context, { aircraft: repository });
 */
export const updateAircraft = async (
  nNumber: string,
  patch: AircraftPatch,
  expectedVersion: number,
  context: WriteContext,
  ports: { readonly aircraft: Pick<AircraftRepository, 'get' | 'update'> },
): Promise<Aircraft> => {
  const current = await ports.aircraft.get(nNumber);
  if (current === undefined || !isLive(current)) throw new AircraftNotFoundError(nNumber);
  if (current.version !== expectedVersion) throw new AircraftVersionConflictError(nNumber, expectedVersion, current.version);
  const changes = changesOfPatch(current, patch);
  if (Object.keys(changes).length === 0) return current;
  return ports.aircraft.update(nNumber, changes, { ...context, expectedVersion });
};
