import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Table } from 'dynamodb-toolbox/table';

import type { IndexSpec, TableSpec } from '../specs';

type StringKey<NAME extends string> = { name: NAME; type: 'string' };

/** The dynamodb-toolbox index definitions of a spec, with the literal index and key names kept. */
export type IndexesOf<SPEC extends TableSpec> = {
  [INDEX in SPEC['globalSecondaryIndexes'][number] as INDEX['indexName']]: {
    type: 'global';
    partitionKey: StringKey<INDEX['partitionKey']>;
    sortKey: StringKey<INDEX['sortKey']>;
  };
};

/** Where a table's requests go: a client now, or a getter resolved at the first request. */
export interface TableBinding {
  readonly documentClient: DynamoDBDocumentClient | (() => DynamoDBDocumentClient);
  readonly tableName: string | (() => string);
}

const toIndex = (index: IndexSpec) => ({
  type: 'global' as const,
  partitionKey: { name: index.partitionKey, type: 'string' as const },
  sortKey: { name: index.sortKey, type: 'string' as const },
});

/**
 * A dynamodb-toolbox `Table` built from a spec, so the key schema cannot drift from the tables
 * `ensureTables` and the CDK create. Items are tagged with the entity name in `_et` (the default).
 * @example
 * const table = tableFromSpec(coreTableSpec, { documentClient, tableName: 'CoreTable' });
 */
export const tableFromSpec = <SPEC extends TableSpec>(spec: SPEC, binding: TableBinding) => {
  const table = new Table<StringKey<SPEC['partitionKey']>, StringKey<SPEC['sortKey']>, IndexesOf<SPEC>, '_et'>({
    name: binding.tableName,
    partitionKey: { name: spec.partitionKey, type: 'string' },
    sortKey: { name: spec.sortKey, type: 'string' },
    // The mapped type cannot be proven from a generic spec; the values are built from that same spec.
    indexes: Object.fromEntries(spec.globalSecondaryIndexes.map((index) => [index.indexName, toIndex(index)])) as never,
    entityAttributeSavedAs: '_et',
    ...(typeof binding.documentClient === 'function' ? {} : { documentClient: binding.documentClient }),
  });
  const { documentClient } = binding;
  // Lazy binding: the module-level default tables must not read env or open a client at import time.
  if (typeof documentClient === 'function') table.getDocumentClient = documentClient;
  return table;
};
