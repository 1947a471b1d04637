import type { SearchDocument } from '../domain/search-document';
import type { SearchQuery } from '../domain/search-query';
import { applyAircraftChange, type SearchIndexPorts } from '../use-cases/apply-aircraft-change';
import { EmbeddedSearchEngine } from './embedded-search-engine';

const fleet: SearchDocument[] = [
  { nNumber: '511CR', manufacturer: 'CESSNA', model: '172S', year: 2005, registrantName: 'SIERRA FLYING CLUB', city: 'RENO', state: 'NV', statusCode: 'V', modeSHex: 'A66568', version: 1 },
  { nNumber: '512CR', manufacturer: 'CESSNA', model: '182T', year: 2010, registrantName: 'DESERT AVIATION LLC', city: 'LAS VEGAS', state: 'NV', statusCode: 'V', modeSHex: 'A6693F', version: 1 },
  { nNumber: '9DA', manufacturer: 'PIPER', model: 'PA-28', year: 1978, registrantName: 'MOUNTAIN AERO INC', city: 'DENVER', state: 'CO', statusCode: 'T', modeSHex: 'AD8C2E', version: 1 },
  { nNumber: '77PA', manufacturer: 'PIPER', model: 'PA-46', year: 1999, registrantName: 'SIERRA SKY TOURS', city: 'RENO', state: 'NV', statusCode: 'V', modeSHex: 'AAF1B2', version: 1 },
];
const query = (text: string, filters: SearchQuery['filters'] = {}, limit = 10): SearchQuery => ({ text, filters, limit, offset: 0 });
const numbers = async (engine: EmbeddedSearchEngine, q: SearchQuery) => (await engine.search(q)).hits.map((hit) => hit.document.nNumber);

const loaded = async () => {
  const engine = new EmbeddedSearchEngine();
  for (const doc of fleet) await engine.upsert(doc);
  return engine;
};

describe('EmbeddedSearchEngine', () => {
  it('finds aircraft by registrant word, misspelt word, city, misspelt city, Mode S hex and N-number prefix', async () => {
    const engine = await loaded();

    expect(await numbers(engine, query('desert'))).toEqual(['512CR']);
    expect(await numbers(engine, query('dseert aviation'))).toEqual(['512CR']);
    expect(await numbers(engine, query('denver'))).toEqual(['9DA']);
    expect(await numbers(engine, query('dnever'))).toEqual(['9DA']);
    expect(await numbers(engine, query('a6693f'))).toEqual(['512CR']);
    expect((await numbers(engine, query('51'))).sort()).toEqual(['511CR', '512CR']);
  });

  it('applies filters exactly and counts facets over every match, not only the page', async () => {
    const engine = await loaded();

    const result = await engine.search(query('', { state: 'NV' }, 1));

    expect(result.total).toBe(3);
    expect(result.hits).toHaveLength(1);
    expect(result.facets.manufacturer).toEqual({ CESSNA: 2, PIPER: 1 });
    expect(result.facets.state).toEqual({ NV: 3 });
    expect(await numbers(engine, query('sierra', { manufacturer: 'PIPER' }))).toEqual(['77PA']);
    expect(await numbers(engine, query('', { year: 1978 }))).toEqual(['9DA']);
    expect(await numbers(engine, query('reno', { statusCode: 'T' }))).toEqual([]);
  });

  it('keeps the newest version: an older or repeated upsert changes nothing', async () => {
    const engine = await loaded();

    expect(await engine.upsert({ ...fleet[0]!, city: 'SPARKS', version: 3 })).toBe(true);
    expect(await engine.upsert({ ...fleet[0]!, city: 'ELKO', version: 2 })).toBe(false);
    expect(await engine.upsert({ ...fleet[0]!, city: 'SPARKS', version: 3 })).toBe(false);

    expect(await numbers(engine, query('sparks'))).toEqual(['511CR']);
    expect(await numbers(engine, query('elko'))).toEqual([]);
  });

  it('never resurrects a removed aircraft with a late update, and survives a snapshot', async () => {
    const engine = await loaded();
    await engine.upsert({ ...fleet[2]!, version: 4 });

    expect(await engine.remove('9DA', 4)).toBe(true);
    expect(await engine.upsert({ ...fleet[2]!, version: 3 })).toBe(false);
    expect(await engine.remove('9DA', 4)).toBe(false);
    const restored = new EmbeddedSearchEngine(JSON.parse(JSON.stringify(engine.snapshot())));

    expect(await numbers(restored, query('denver'))).toEqual([]);
    expect(await restored.upsert({ ...fleet[2]!, version: 4 })).toBe(false);
    expect(await numbers(restored, query('desert'))).toEqual(['512CR']);
    expect(restored.documentCount).toBe(3);
  });
});

describe('applyAircraftChange', () => {
  const ports = (engine: EmbeddedSearchEngine): SearchIndexPorts & { lookups: number } => {
    const state = {
      engine,
      lookups: 0,
      referenceNames: async () => {
        state.lookups += 1;
        return { manufacturer: 'CESSNA', model: '172S', engine: 'LYCOMING IO-360' };
      },
    };
    return state;
  };
  const aircraft = { nNumber: '511CR', mfrMdlCode: '2072738', registrant: { name: 'SIERRA FLYING CLUB', city: 'RENO', state: 'NV' } };

  it('indexes a registration with its reference names, and redelivery or reordering leaves the newest state', async () => {
    const engine = new EmbeddedSearchEngine();
    const deps = ports(engine);

    expect(await applyAircraftChange({ kind: 'upsert', version: 2, aircraft: { ...aircraft, registrant: { ...aircraft.registrant, city: 'SPARKS' } } }, deps)).toBe('applied');
    expect(await applyAircraftChange({ kind: 'upsert', version: 1, aircraft }, deps)).toBe('stale');
    expect(await applyAircraftChange({ kind: 'upsert', version: 2, aircraft }, deps)).toBe('stale');

    expect(await numbers(engine, query('cessna sparks'))).toEqual(['511CR']);
    expect(await numbers(engine, query('reno'))).toEqual([]);
    expect(deps.lookups).toBe(1);
  });

  it('removes on deregistration or purge, and a late update after it is stale', async () => {
    const engine = new EmbeddedSearchEngine();
    const deps = ports(engine);
    await applyAircraftChange({ kind: 'upsert', version: 1, aircraft }, deps);

    expect(await applyAircraftChange({ kind: 'remove', version: 2, aircraft }, deps)).toBe('applied');
    expect(await applyAircraftChange({ kind: 'upsert', version: 1, aircraft }, deps)).toBe('stale');

    expect(await numbers(engine, query('sierra'))).toEqual([]);
  });
});
