import { createItem, softDeleteItem } from '@aircraftops/tables';

import { allPages, call, connect, seedContext, uniqueEngineCode, uniqueModelCode, uniqueName } from '../testing/api.fixtures.test';
import { handler as getEngine } from './get-engine-model/handler';
import { handler as getModel } from './get-aircraft-model/handler';
import { handler as listModels } from './list-aircraft-models/handler';

const { documentClient, entities } = connect();
afterAll(() => documentClient.destroy());

const seedModel = (code: string, manufacturer: string) =>
  createItem(
    entities.AircraftModel,
    {
      code,
      manufacturer,
      model: `M-${code}`,
      typeAircraft: '4',
      typeEngine: '1',
      aircraftCategory: '1',
      builderCertification: '0',
      numberOfEngines: 1,
      numberOfSeats: 4,
      weightClass: 'CLASS 1',
    },
    seedContext,
  );

describe('GET /reference/models/{code} and /reference/engines/{code}', () => {
  it('returns a model and an engine by code, in any letter case', async () => {
    const modelCode = uniqueModelCode();
    const engineCode = uniqueEngineCode();
    await seedModel(modelCode, 'CESSNA');
    await createItem(entities.EngineModel, { code: engineCode, manufacturer: 'LYCOMING', model: 'O-320', type: '1', horsepower: 160 }, seedContext);

    const model = await call(getModel, { path: `/reference/models/${modelCode}`, pathParameters: { code: modelCode.toLowerCase() } });
    const engine = await call(getEngine, { path: `/reference/engines/${engineCode}`, pathParameters: { code: engineCode } });

    expect(model).toMatchObject({ statusCode: 200, json: { code: modelCode, manufacturer: 'CESSNA' } });
    expect(engine).toMatchObject({ statusCode: 200, json: { code: engineCode, horsepower: 160 } });
  });

  it('answers 404 for an unknown or soft-deleted code and 400 for a malformed one', async () => {
    const deleted = uniqueModelCode();
    const { version } = await seedModel(deleted, 'PIPER');
    await softDeleteItem(entities.AircraftModel, { code: deleted }, { ...seedContext, expectedVersion: version });

    const gone = await call(getModel, { pathParameters: { code: deleted } });
    const unknownEngine = await call(getEngine, { pathParameters: { code: 'ZZZZ9' } });
    const malformed = await call(getEngine, { pathParameters: { code: 'ABC' } });

    expect(gone).toMatchObject({ statusCode: 404, json: { error: { message: `AircraftModel ${deleted} not found` } } });
    expect(unknownEngine.statusCode).toBe(404);
    expect(malformed.json.error.details).toEqual([{ field: 'path.code', message: 'must be 5 characters 0-9/A-Z (FAA engine make/model code)' }]);
  });
});

describe('GET /reference/models?manufacturer=', () => {
  it("lists a manufacturer's live models by code, page by page, matching the name as the index normalizes it", async () => {
    const manufacturer = `${uniqueName('M')} AIRCRAFT CO`;
    const codes = [uniqueModelCode(), uniqueModelCode(), uniqueModelCode()];
    for (const code of codes) await seedModel(code, manufacturer);
    const removed = await seedModel(uniqueModelCode(), manufacturer);
    await softDeleteItem(entities.AircraftModel, { code: removed.code }, { ...seedContext, expectedVersion: removed.version });

    const pages = await allPages((nextToken) =>
      call(listModels, { path: '/reference/models', query: { manufacturer: ` ${manufacturer.toLowerCase()}  `, limit: '2', ...(nextToken ? { nextToken } : {}) } }),
    );

    expect(pages.flat().map((model) => (model as { code: string }).code)).toEqual([...codes].sort());
  });

  it('answers 400 without a manufacturer', async () => {
    const { statusCode, json } = await call(listModels, { path: '/reference/models', query: { limit: '5' } });

    expect(statusCode).toBe(400);
    expect(json.error.details[0].field).toBe('query.manufacturer');
  });
});
