import { create, insertMultiple, type Orama, search } from '@orama/orama';
import { persist, restore } from '@orama/plugin-data-persistence';

import type { CandidateAnswer, CandidateFilters, SearchCandidate } from './search-candidate';

const schema = {
  nNumber: 'string',
  modeSHex: 'string',
  serialNumber: 'string',
  registrantName: 'string',
  manufacturer: 'string',
  model: 'string',
  city: 'string',
  engine: 'string',
  // Exact-match copies for filters and facets (a `string` property is tokenised).
  stateTag: 'enum',
  manufacturerTag: 'enum',
  statusTag: 'enum',
} as const;

type Db = Orama<typeof schema>;

/** Orama 3: typo tolerance (Levenshtein `tolerance`), prefix matching, facets and filters natively. */
export const oramaCandidate = (): SearchCandidate => {
  let db: Db = create({ schema });
  return {
    name: 'Orama',
    features: { typoTolerance: 'native (tolerance, edit distance)', prefix: 'native', facets: 'native', persistence: '@orama/plugin-data-persistence' },
    async addAll(documents) {
      await insertMultiple(
        db,
        documents.map((doc) => ({
          id: doc.nNumber,
          nNumber: doc.nNumber,
          modeSHex: doc.modeSHex ?? '',
          serialNumber: doc.serialNumber ?? '',
          registrantName: doc.registrantName ?? '',
          manufacturer: doc.manufacturer ?? '',
          model: doc.model ?? '',
          city: doc.city ?? '',
          engine: doc.engine ?? '',
          stateTag: doc.state ?? '',
          manufacturerTag: doc.manufacturer ?? '',
          statusTag: doc.statusCode ?? '',
        })),
        1000,
      );
    },
    async search(text, filters: CandidateFilters, limit): Promise<CandidateAnswer> {
      const where: Record<string, { eq: string }> = {};
      if (filters.state) where['stateTag'] = { eq: filters.state };
      if (filters.manufacturer) where['manufacturerTag'] = { eq: filters.manufacturer };
      const result = await search(db, {
        term: text,
        tolerance: 2,
        limit,
        boost: { nNumber: 4, modeSHex: 4, serialNumber: 2, registrantName: 2 },
        ...(Object.keys(where).length > 0 ? { where } : {}),
        facets: { stateTag: { limit: 10 }, manufacturerTag: { limit: 10 }, statusTag: { limit: 10 } },
      } as never);
      const facets = Object.fromEntries(Object.entries(result.facets ?? {}).map(([name, facet]) => [name, facet.values]));
      return { ids: result.hits.map((hit) => String(hit.id)), total: result.count, facets };
    },
    async serialize() {
      return String(await persist(db, 'json'));
    },
    async restore(serialized) {
      db = (await restore('json', serialized)) as Db;
    },
  };
};
