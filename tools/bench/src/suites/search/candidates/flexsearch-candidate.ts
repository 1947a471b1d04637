import { SEARCH_TEXT_FIELDS } from '@aircraftops/aircraft';
import { Document } from 'flexsearch';

import type { CandidateAnswer, CandidateFilters, SearchCandidate } from './search-candidate';


const create = () =>
  new Document({
    tokenize: 'forward',
    encoder: 'LatinAdvanced',
    document: { id: 'id', index: [...SEARCH_TEXT_FIELDS], tag: ['state', 'manufacturer'], store: true },
  } as never);

/** FlexSearch 0.8 Document index: forward tokenizer for prefixes, a phonetic encoder instead of edit distance, tags for filters. */
export const flexSearchCandidate = (): SearchCandidate => {
  let index = create();
  return {
    name: 'FlexSearch',
    features: {
      typoTolerance: 'phonetic encoder only (LatinAdvanced), no edit distance',
      prefix: 'native (forward tokenizer)',
      facets: 'none (no total either: results are limit-bound)',
      persistence: 'export / import per key',
    },
    async addAll(documents) {
      for (const doc of documents) index.add({ ...doc, id: doc.nNumber } as never);
    },
    async search(text, filters: CandidateFilters, limit): Promise<CandidateAnswer> {
      const tag: Record<string, string> = {};
      if (filters.state) tag['state'] = filters.state;
      if (filters.manufacturer) tag['manufacturer'] = filters.manufacturer;
      const results = (await index.searchAsync({ query: text, limit, merge: true, suggest: true, ...(Object.keys(tag).length ? { tag } : {}) } as never)) as unknown as { id: string }[];
      return { ids: results.map((result) => String(result.id)), total: results.length };
    },
    async serialize() {
      const parts: Record<string, unknown> = {};
      await index.export((key: string | number, data: unknown) => {
        parts[String(key)] = data;
      });
      return JSON.stringify(parts);
    },
    async restore(serialized) {
      index = create();
      for (const [key, data] of Object.entries(JSON.parse(serialized) as Record<string, unknown>)) await index.import(key, data as never);
    },
  };
};
