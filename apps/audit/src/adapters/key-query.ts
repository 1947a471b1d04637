/** A sort-key condition, as the table library's `auditQueries` build them. */
export type SortKeyRange =
  | { readonly beginsWith: string }
  | { readonly between: readonly [string, string] }
  | { readonly gte: string }
  | { readonly lte: string };

/** One access pattern's key condition: the table (no `index`) or a GSI, one partition, an optional range. */
export interface KeyQuery {
  readonly index?: 'GSI1' | 'GSI2' | 'GSI3';
  readonly partition: string;
  readonly range?: SortKeyRange;
}
