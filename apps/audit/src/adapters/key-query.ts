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

/**
 * Whether a sort-key value satisfies the range (strings compare as DynamoDB compares them, by code unit
 * for the ASCII keys we build).
 * @example
 * isWithinRange('EVENT#2025-...', { beginsWith: 'EVENT#' }); // true
 */
export const isWithinRange = (value: string, range: SortKeyRange | undefined): boolean => {
  if (range === undefined) return true;
  if ('beginsWith' in range) return value.startsWith(range.beginsWith);
  if ('between' in range) return value >= range.between[0] && value <= range.between[1];
  if ('gte' in range) return value >= range.gte;
  return value <= range.lte;
};
