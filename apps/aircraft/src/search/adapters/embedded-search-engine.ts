import MiniSearch, { type SearchResult as MiniSearchResult } from 'minisearch';

import { SEARCH_FACETS, type SearchDocument } from '../domain/search-document';
import type { SearchEngine } from '../domain/search-engine';
import type { SearchQuery, SearchResult } from '../domain/search-query';
import { MINISEARCH_OPTIONS } from './minisearch-options';

/** The version last applied per aircraft; `removed` marks a tombstone. */
export interface AppliedVersion {
  readonly version: number;
  readonly removed: boolean;
}

/** Everything needed to rebuild the engine: the index and the versions (tombstones included). */
export interface EmbeddedSnapshot {
  readonly index: string;
  readonly versions: readonly (readonly [string, AppliedVersion])[];
}

const emptyFacets = (): Record<(typeof SEARCH_FACETS)[number], Record<string, number>> => ({ manufacturer: {}, state: {}, statusCode: {} });

const toDocument = (result: MiniSearchResult): SearchDocument => {
  const { id: _id, score: _score, terms: _terms, queryTerms: _queryTerms, match: _match, ...stored } = result;
  return stored as unknown as SearchDocument;
};

/**
 * The one-machine search engine: MiniSearch in memory (chosen by measurement, docs/search.md), with the
 * version of every aircraft it applied so that stale and duplicate events change nothing and a removal
 * leaves a tombstone. Facets are counted over all matches. Persisted by its owner through `snapshot()`.
 * @example
 * const engine = new EmbeddedSearchEngine();
 * await engine.upsert({ nNumber: '511CR', city: 'RENO', version: 1 });
 * (await engine.search({ text: 'reno', filters: {}, limit: 10, offset: 0 })).total; // 1
 */
export class EmbeddedSearchEngine implements SearchEngine {
  private index: MiniSearch<SearchDocument>;
  private readonly versions: Map<string, AppliedVersion>;

  constructor(snapshot?: EmbeddedSnapshot) {
    this.index = snapshot ? MiniSearch.loadJSON<SearchDocument>(snapshot.index, MINISEARCH_OPTIONS) : new MiniSearch<SearchDocument>(MINISEARCH_OPTIONS);
    this.versions = new Map(snapshot?.versions ?? []);
  }

  async versionOf(nNumber: string): Promise<number | undefined> {
    return this.versions.get(nNumber)?.version;
  }

  async upsert(document: SearchDocument): Promise<boolean> {
    const seen = this.versions.get(document.nNumber);
    if (seen && seen.version >= document.version) return false;
    if (this.index.has(document.nNumber)) this.index.replace(document);
    else this.index.add(document);
    this.versions.set(document.nNumber, { version: document.version, removed: false });
    return true;
  }

  async remove(nNumber: string, version: number): Promise<boolean> {
    const seen = this.versions.get(nNumber);
    // A removal of the version the index holds applies (a hard delete carries the last version); an older one does not.
    if (seen && (seen.version > version || (seen.removed && seen.version >= version))) return false;
    if (this.index.has(nNumber)) this.index.discard(nNumber);
    this.versions.set(nNumber, { version, removed: true });
    return true;
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const { state, manufacturer, year, statusCode } = query.filters;
    const text = query.text.trim();
    const results = this.index.search(text === '' ? MiniSearch.wildcard : text, {
      filter: (result) =>
        (state === undefined || result['state'] === state) &&
        (manufacturer === undefined || result['manufacturer'] === manufacturer) &&
        (year === undefined || result['year'] === year) &&
        (statusCode === undefined || result['statusCode'] === statusCode),
    });
    const facets = emptyFacets();
    for (const result of results) {
      for (const facet of SEARCH_FACETS) {
        const value = result[facet] as string | undefined;
        if (value !== undefined) facets[facet][value] = (facets[facet][value] ?? 0) + 1;
      }
    }
    const page = results.slice(query.offset, query.offset + query.limit);
    return { hits: page.map((result) => ({ document: toDocument(result), score: result.score })), total: results.length, facets };
  }

  /** The whole state as JSON-ready data (the index is MiniSearch's own serialisation). */
  snapshot(): EmbeddedSnapshot {
    return { index: JSON.stringify(this.index), versions: [...this.versions] };
  }

  /** Documents in the index (tombstones not counted). */
  get documentCount(): number {
    return this.index.documentCount;
  }
}
