/** Which page to read: its size and the opaque token the previous page returned, if any. */
export interface PageRequest {
  readonly limit: number;
  readonly nextToken?: string | undefined;
}

/**
 * One page of a list. `nextToken` is present when more items may follow; pass it back unchanged.
 * A page may hold fewer than `limit` items and still have a `nextToken`.
 */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextToken?: string;
}
