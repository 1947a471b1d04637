import type { SearchDocument, SearchFacet } from './search-document';

/**
 * One search: free text (typo-tolerant, prefix-matching) and exact filters, paged by offset.
 * @example
 * const query: SearchQuery = { text: 'cessna 172 reno', filters: { state: 'NV' }, limit: 20, offset: 0 };
 */
export interface SearchQuery {
  readonly text: string;
  readonly filters: {
    readonly state?: string;
    readonly manufacturer?: string;
    readonly year?: number;
    readonly statusCode?: string;
  };
  readonly limit: number;
  readonly offset: number;
}

/** One hit: the document and its relevance score (higher is better). */
export interface SearchHit {
  readonly document: SearchDocument;
  readonly score: number;
}

/** Hits in relevance order, the total matching, and value counts per facet over all matches. */
export interface SearchResult {
  readonly hits: readonly SearchHit[];
  readonly total: number;
  readonly facets: Readonly<Record<SearchFacet, Readonly<Record<string, number>>>>;
}
