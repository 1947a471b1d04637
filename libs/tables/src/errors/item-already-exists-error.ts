import { TablesError } from './tables-error';

/**
 * `createItem` found an item at the key already.
 * @example
 * catch (error) { if (error instanceof ItemAlreadyExistsError) return conflict(error.entityName) }
 */
export class ItemAlreadyExistsError extends TablesError {
  override name = 'ItemAlreadyExistsError';

  constructor(
    readonly entityName: string,
    readonly key: Readonly<Record<string, unknown>>,
    options?: ErrorOptions,
  ) {
    super('tables.itemAlreadyExists', `${entityName} ${JSON.stringify(key)} already exists`, options);
  }
}
