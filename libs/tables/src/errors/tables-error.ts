// A deep import: the global Jest setup loads this library in plain Node, where lambda-kit's barrel (middy, ESM-only) does not resolve.
import { AppError, type AppErrorOptions, type ErrorKind } from '@aircraftops/lambda-kit/src/errors';

/** Every code a table-library error can carry; callers branch on these, never on messages. */
export type TablesErrorCode =
  | 'tables.invalidKey'
  | 'tables.itemAlreadyExists'
  | 'tables.itemNotFound'
  | 'tables.versionConflict'
  | 'tables.invalidChange'
  | 'tables.indexKeysNeedFullItem'
  | 'tables.invalidPageToken';

// What each failure is. An identifier no key may hold and a forged page token are the caller's input;
// writes the library refuses (owned attributes, index keys) are bugs of the calling code.
const KIND: Readonly<Record<TablesErrorCode, ErrorKind>> = {
  'tables.invalidKey': 'validation',
  'tables.itemAlreadyExists': 'conflict',
  'tables.itemNotFound': 'not_found',
  'tables.versionConflict': 'conflict',
  'tables.invalidChange': 'internal',
  'tables.indexKeysNeedFullItem': 'internal',
  'tables.invalidPageToken': 'validation',
};

/**
 * Base class of every error thrown by `@aircraftops/tables`. The `code` is stable; `cause` keeps the
 * store exception (e.g. `ConditionalCheckFailedException`) when there is one. It is a lambda-kit
 * AppError of the code's kind, so the API edge answers it without any translation.
 * @example
 * try { await createItem(AircraftEntity, aircraft, context) }
 * catch (error) { if (error instanceof TablesError) logger.warn(error.code) }
 */
export class TablesError extends AppError<TablesErrorCode> {
  override name = 'TablesError';

  constructor(code: TablesErrorCode, message: string, options?: AppErrorOptions) {
    super(message, { ...options, code, kind: KIND[code] });
  }
}
