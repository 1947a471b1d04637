import type { SearchDocument } from './search-document';
import type { SearchQuery, SearchResult } from './search-query';

/**
 * The port every search adapter implements (an embedded engine locally, Amazon OpenSearch in the cloud).
 * Versions are the adapter's to keep: `upsert` and `remove` apply only when `version` is newer than what
 * the index has seen for that aircraft (a removal leaves a tombstone, so a late update never resurrects it).
 * @example
 * await engine.upsert(doc); // ignored when the index already holds doc.nNumber at doc.version or newer
 */
export interface SearchEngine {
  /** `true` when applied, `false` when the index already saw this version or a newer one. */
  upsert(document: SearchDocument): Promise<boolean>;
  remove(nNumber: string, version: number): Promise<boolean>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** The version the index last applied for an aircraft (a removal included), if any. */
  versionOf(nNumber: string): Promise<number | undefined>;
}
