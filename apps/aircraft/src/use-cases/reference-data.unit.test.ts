import { ReferenceDataNotFoundError } from '../domain';
import { InMemoryReferenceDataRepository } from '../testing/in-memory-reference-data-repository.fixtures.test';
import { aModel, anEngine } from '../testing/records.fixtures.test';
import { getAircraftModel } from './get-aircraft-model';
import { getEngineModel } from './get-engine-model';
import { listAircraftModels } from './list-aircraft-models';

describe('reference data use cases', () => {
  const referenceData = new InMemoryReferenceDataRepository().seed({
    models: [aModel({ code: '2072738' }), aModel({ code: '2072739' }), aModel({ code: '2072740', delete_at: 1_900_000_000 })],
    engines: [anEngine({ code: '41514' }), anEngine({ code: '41515', delete_at: 1_900_000_000 })],
  });

  it('gets a live model and a live engine by code', async () => {
    await expect(getAircraftModel('2072738', { referenceData })).resolves.toMatchObject({ model: '172S' });
    await expect(getEngineModel('41514', { referenceData })).resolves.toMatchObject({ horsepower: 160 });
  });

  it.each([
    ['an unknown model', () => getAircraftModel('9999999', { referenceData }), 'AircraftModel 9999999 not found'],
    ['a soft-deleted model', () => getAircraftModel('2072740', { referenceData }), 'AircraftModel 2072740 not found'],
    ['a soft-deleted engine', () => getEngineModel('41515', { referenceData }), 'EngineModel 41515 not found'],
  ])('reports %s as not found', async (_case, read, message) => {
    await expect(read()).rejects.toBeInstanceOf(ReferenceDataNotFoundError);
    await expect(read()).rejects.toMatchObject({ kind: 'not_found', message });
  });

  it("lists a manufacturer's live models page by page", async () => {
    const first = await listAircraftModels('cessna', { limit: 1 }, { referenceData });
    const second = await listAircraftModels('cessna', { limit: 1, nextToken: first.nextToken }, { referenceData });

    expect([...first.items, ...second.items].map((model) => model.code)).toEqual(['2072738', '2072739']);
    expect(second.nextToken).toBeUndefined();
  });
});
