import { TablesError } from './tables-error';

/**
 * An update or soft delete addressed an item that does not exist.
 * @example
 * catch (error) { if (error instanceof ItemNotFoundError) return notFound() }
 */
export class ItemNotFoundError extends TablesError {
  override name = 'ItemNotFoundError';

  constructor(
    readonly entityName: string,
    readonly key: Readonly<Record<string, unknown>>,
    options?: ErrorOptions,
  ) {
    super('tables.itemNotFound', `${entityName} ${JSON.stringify(key)} does not exist`, options);
  }
}
