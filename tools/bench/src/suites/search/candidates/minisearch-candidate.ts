import { SEARCH_TEXT_FIELDS, type SearchDocument } from '@aircraftops/aircraft';
import MiniSearch, { type Options, type SearchResult } from 'minisearch';

import type { CandidateAnswer, CandidateFilters, SearchCandidate } from './search-candidate';

const options: Options<SearchDocument> = {
  idField: 'nNumber',
  fields: [...SEARCH_TEXT_FIELDS],
  storeFields: ['manufacturer', 'state', 'statusCode'],
  searchOptions: {
    prefix: true,
    // Up to two edits for words of five letters or more (MiniSearch rounds length × fraction), one for four.
    fuzzy: (term) => (term.length > 3 ? 0.34 : false),
    boost: { nNumber: 4, modeSHex: 4, serialNumber: 2, registrantName: 2 },
    combineWith: 'AND',
  },
};

const countFacets = (results: readonly SearchResult[]): Record<string, Record<string, number>> => {
  const facets: Record<string, Record<string, number>> = { manufacturer: {}, state: {}, statusCode: {} };
  for (const result of results) {
    for (const facet of Object.keys(facets)) {
      const value = result[facet] as string | undefined;
      if (value) facets[facet]![value] = (facets[facet]![value] ?? 0) + 1;
    }
  }
  return facets;
};

/** MiniSearch 7: fuzzy (edit distance) and prefix natively; facets counted over the matches. */
export const miniSearchCandidate = (): SearchCandidate => {
  let index = new MiniSearch<SearchDocument>(options);
  return {
    name: 'MiniSearch',
    features: { typoTolerance: 'native (edit distance)', prefix: 'native', facets: 'counted over all matches (stored fields)', persistence: 'toJSON / loadJSON' },
    async addAll(documents) {
      index.addAll(documents);
    },
    async search(text, filters: CandidateFilters, limit): Promise<CandidateAnswer> {
      const results = index.search(text, {
        filter: (result) => (!filters.state || result['state'] === filters.state) && (!filters.manufacturer || result['manufacturer'] === filters.manufacturer),
      });
      return { ids: results.slice(0, limit).map((result) => String(result.id)), total: results.length, facets: countFacets(results) };
    },
    async serialize() {
      return JSON.stringify(index);
    },
    async restore(serialized) {
      index = MiniSearch.loadJSON<SearchDocument>(serialized, options);
    },
  };
};
