/** A sort-key condition as dynamodb-toolbox `Query` objects (and so `coreQueries` & co.) spell it. */
export type SortKeyCondition =
  | { readonly eq: string }
  | { readonly beginsWith: string }
  | { readonly between: readonly [string, string] }
  | { readonly gt: string }
  | { readonly gte: string }
  | { readonly lt: string }
  | { readonly lte: string };

/** What every list says about itself, table or index. */
interface ListExpectation {
  /** The queried partition: the value of the table's or the index's partition key. */
  readonly partition: string;
  /** The queried sort-key range, if any; a position outside it belongs to another list. */
  readonly range?: SortKeyCondition;
}

/** The prefixes the table key of every item of a list starts with (`{ partition: 'AIRCRAFT#', sort: 'AIRCRAFT' }`). */
export interface TableKeyPrefixes {
  readonly partition?: string;
  readonly sort?: string;
}

/**
 * The list a page token must belong to: the key condition of its query. Every `*Queries` builder of
 * this library returns one, so the query itself is the expectation.
 *
 * An index query must say which items it lists (`tableKeyPrefixes`): its position's `PK`/`SK` are
 * otherwise unchecked tie-breakers, free to be rewritten to name an item of another kind. The type
 * makes that impossible to forget.
 */
export type PageTokenExpectation =
  | (ListExpectation & { readonly index?: undefined; readonly tableKeyPrefixes?: TableKeyPrefixes })
  | (ListExpectation & {
      /**
       * The index queried. Names the key attributes a position holds: `PK`, `SK`, plus `<index>PK`,
       * `<index>SK` (the convention of every table here, see `gsi`).
       */
      readonly index: `GSI${number}`;
      readonly tableKeyPrefixes: TableKeyPrefixes;
    });
