import { TablesError } from './tables-error';

/**
 * A raw `UpdateItemCommand` touched an attribute that index keys are computed from. Index keys can
 * only be recomputed from the whole item, so such changes must go through `updateItem`.
 * @example
 * AircraftEntity.build(UpdateItemCommand).item({ nNumber: '123', statusCode: 'D' }).params(); // throws
 */
export class IndexKeysNeedFullItemError extends TablesError {
  override name = 'IndexKeysNeedFullItemError';

  constructor(
    readonly indexAttribute: string,
    readonly dependencies: readonly string[],
  ) {
    super(
      'tables.indexKeysNeedFullItem',
      `${indexAttribute} is computed from ${dependencies.join(', ')}: change them with updateItem(), which recomputes index keys from the whole item`,
    );
  }
}
