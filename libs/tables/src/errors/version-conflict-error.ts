import { TablesError } from './tables-error';

/**
 * Optimistic locking failed: the item's version is not the one the caller read. Nothing was written.
 * `currentVersion` is the stored version when DynamoDB returned it (undefined if the item vanished).
 * @example
 * catch (error) {
 *   if (error instanceof VersionConflictError) return conflict({ expected: error.expectedVersion, current: error.currentVersion })
 * }
 */
export class VersionConflictError extends TablesError {
  override name = 'VersionConflictError';

  constructor(
    readonly entityName: string,
    readonly key: Readonly<Record<string, unknown>>,
    readonly expectedVersion: number,
    readonly currentVersion: number | undefined,
    options?: ErrorOptions,
  ) {
    super(
      'tables.versionConflict',
      `${entityName} ${JSON.stringify(key)}: expected version ${expectedVersion}, found ${currentVersion ?? 'none'}`,
      options,
    );
  }
}
