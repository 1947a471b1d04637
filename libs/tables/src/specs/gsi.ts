/** `GSI<n>` keyed by `GSI<n>PK` / `GSI<n>SK`, projecting ALL, the convention of every table here. */
export const gsi = <N extends 1 | 2 | 3>(n: N) =>
  ({
    indexName: `GSI${n}`,
    partitionKey: `GSI${n}PK`,
    sortKey: `GSI${n}SK`,
    projection: 'ALL',
  }) as const;
