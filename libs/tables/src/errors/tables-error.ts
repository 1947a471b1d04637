/** Every code a table-library error can carry; callers branch on these, never on messages. */
export type TablesErrorCode =
  | 'tables.invalidKey'
  | 'tables.itemAlreadyExists'
  | 'tables.itemNotFound'
  | 'tables.versionConflict'
  | 'tables.invalidChange'
  | 'tables.indexKeysNeedFullItem'
  | 'tables.invalidPageToken';

/**
 * Base class of every error thrown by `@aircraftops/tables`. The `code` is stable; `cause` keeps the
 * store exception (e.g. `ConditionalCheckFailedException`) when there is one.
 * @example
 * try { await createItem(AircraftEntity, aircraft, context) }
 * catch (error) { if (error instanceof TablesError) logger.warn(error.code) }
 */
export class TablesError extends Error {
  override name = 'TablesError';
  readonly code: TablesErrorCode;

  constructor(code: TablesErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}
