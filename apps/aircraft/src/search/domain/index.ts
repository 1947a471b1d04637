export { SEARCH_FACETS, SEARCH_TEXT_FIELDS, type SearchDocument, type SearchFacet } from './search-document';
export type { SearchEngine } from './search-engine';
export type { SearchHit, SearchQuery, SearchResult } from './search-query';
export { type ReferenceNames, type SearchableAircraft, toSearchDocument } from './to-search-document';
