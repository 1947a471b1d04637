import type { IndexSpec } from './table-spec';

/** `GSI<n>` keyed by `GSI<n>PK` / `GSI<n>SK`, projecting ALL, the convention of every table here. */
export const gsi = (n: 1 | 2 | 3): IndexSpec => ({
  indexName: `GSI${n}`,
  partitionKey: `GSI${n}PK`,
  sortKey: `GSI${n}SK`,
  projection: 'ALL',
});
