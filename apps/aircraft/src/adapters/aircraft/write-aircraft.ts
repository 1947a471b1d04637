import { isTablesError, softDeleteItem, updateItem, type VersionConflictError } from '@aircraftops/tables';

import { type Aircraft, type AircraftChanges, AircraftNotFoundError, AircraftVersionConflictError, type VersionedWrite } from '../../domain';
import { softDeleteRetentionSeconds } from '../soft-delete-retention';
import type { AircraftEntities } from './aircraft-entities';

// The aircraft writes, in a module of their own (see read-aircraft.ts), through the write functions of
// @aircraftops/tables (keys and index keys are built there, never here).

/** The table library's write errors as the domain's. */
const translateWriteError = (nNumber: string, error: unknown): never => {
  if (isTablesError(error, 'tables.versionConflict')) {
    const { expectedVersion, currentVersion } = error as VersionConflictError;
    throw new AircraftVersionConflictError(nNumber, expectedVersion, currentVersion, { cause: error });
  }
  if (isTablesError(error, 'tables.itemNotFound')) throw new AircraftNotFoundError(nNumber, { cause: error });
  throw error;
};

/**
 * Applies `changes` if the stored version is `write.expectedVersion`.
 * @throws AircraftVersionConflictError on a stale version, AircraftNotFoundError when absent.
 * @example
 * const updated = await updateAircraftItem(entities, '12345', { statusCode: 'D' }, { ...context, expectedVersion: 3 });
 */
export const updateAircraftItem = async (
  entities: Pick<AircraftEntities, 'Aircraft'>,
  nNumber: string,
  changes: AircraftChanges,
  write: VersionedWrite,
): Promise<Aircraft> => {
  try {
    return await updateItem(entities.Aircraft, { nNumber }, changes, write);
  } catch (error) {
    return translateWriteError(nNumber, error);
  }
};

/**
 * Soft delete: sets `delete_at` (the aircraft leaves every index; TTL purges it later).
 * @throws AircraftVersionConflictError on a stale version, AircraftNotFoundError when absent.
 * @example
 * await softDeleteAircraftItem(entities, '12345', { ...context, expectedVersion: 3 });
 */
export const softDeleteAircraftItem = async (entities: Pick<AircraftEntities, 'Aircraft'>, nNumber: string, write: VersionedWrite): Promise<void> => {
  try {
    // TTL purges it after the function's declared retention (AIRCRAFTOPS_SOFT_DELETE_RETENTION).
    const deleteAt = Math.floor(Date.now() / 1000) + softDeleteRetentionSeconds();
    await softDeleteItem(entities.Aircraft, { nNumber }, { ...write, deleteAt });
  } catch (error) {
    translateWriteError(nNumber, error);
  }
};
