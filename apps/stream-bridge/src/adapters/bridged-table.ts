import type { Entity } from 'dynamodb-toolbox/entity';

/**
 * A table whose stream the bridge handles: its physical name (to recognise its records by `eventSourceARN`)
 * and its entities by `_et` name (to format the images).
 *
 * @example
 * ```ts
 * const core: BridgedTable = { logicalName: 'CoreTable', tableName: 'CoreTable', entities: { Aircraft: AircraftEntity } };
 * ```
 */
export interface BridgedTable {
  readonly logicalName: 'CoreTable' | 'JobsTable';
  readonly tableName: string;
  readonly entities: Readonly<Record<string, Entity>>;
}
