import { TablesError } from './tables-error';

/**
 * A write tried to set something the library owns (keys, index keys, version, audit stamps).
 * @example
 * await updateItem(AircraftEntity, { nNumber: '123' }, { version: 9 }, ctx); // InvalidChangeError: version ...
 */
export class InvalidChangeError extends TablesError {
  override name = 'InvalidChangeError';

  constructor(
    readonly field: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super('tables.invalidChange', `${field} ${reason}`, options);
  }
}
