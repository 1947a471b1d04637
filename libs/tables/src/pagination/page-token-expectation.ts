/** A sort-key condition as dynamodb-toolbox `Query` objects (and so `coreQueries` & co.) spell it. */
export type SortKeyCondition =
  | { readonly eq: string }
  | { readonly beginsWith: string }
  | { readonly between: readonly [string, string] }
  | { readonly gt: string }
  | { readonly gte: string }
  | { readonly lt: string }
  | { readonly lte: string };

/**
 * The list a page token must belong to: the key condition of its query. Every `*Queries` builder of
 * this library returns one, so the query itself is the expectation.
 */
export interface PageTokenExpectation {
  /**
   * The index queried, absent for the table. Names the key attributes a position holds: `PK`, `SK`,
   * plus `<index>PK`, `<index>SK` for an index (the convention of every table here, see `gsi`).
   */
  readonly index?: `GSI${number}`;
  /** The queried partition: the value of the table's or the index's partition key. */
  readonly partition: string;
  /** The queried sort-key range, if any; a position outside it belongs to another list. */
  readonly range?: SortKeyCondition;
  /**
   * Prefixes the table key of every item of the list starts with. Only an index query needs them: its
   * position's `PK`/`SK` are otherwise unchecked tie-breakers, free to name an item of another kind.
   */
  readonly tableKeyPrefixes?: { readonly partition?: string; readonly sort?: string };
}
