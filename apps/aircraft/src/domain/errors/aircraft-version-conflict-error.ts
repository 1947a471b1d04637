import { ConflictError } from '@aircraftops/lambda-kit';

/**
 * Optimistic locking failed: the aircraft is no longer at the version the caller read. Nothing was
 * written. A conflict; `currentVersion` tells the caller what to re-read (undefined if it vanished).
 * @example
 * throw new AircraftVersionConflictError('12345', 3, 4); // "Aircraft N12345 is at version 4, not 3"
 */
export class AircraftVersionConflictError extends ConflictError {
  constructor(
    readonly nNumber: string,
    readonly expectedVersion: number,
    readonly currentVersion: number | undefined,
    options?: ErrorOptions,
  ) {
    const current = currentVersion === undefined ? 'no longer exists' : `is at version ${currentVersion}`;
    super(`Aircraft N${nNumber} ${current}, not ${expectedVersion}`, {
      ...options,
      code: 'aircraft.versionConflict',
      // What the client re-reads before retrying: part of the error answer (null when it vanished).
      expose: { currentVersion: currentVersion ?? null },
      details: [{ field: 'body.expectedVersion', message: `stale: the current version is ${currentVersion ?? 'none'}` }],
    });
    this.name = 'AircraftVersionConflictError';
  }
}
