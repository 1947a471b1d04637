import { icaoAddressFromNNumber } from '@aircraftops/registry';
import { createItem, softDeleteItem } from '@aircraftops/tables';

import { allPages, call, type CallInput, claimsFor, connect, seedAircraft, seedContext, uniqueMonth, uniqueName } from '../testing/api.fixtures.test';
import { handler as getAircraft } from './get-aircraft/handler';
import { handler as getByModeS } from './get-aircraft-by-mode-s/handler';
import { handler as listAircraft } from './list-aircraft/handler';

const { documentClient, entities } = connect();
afterAll(() => documentClient.destroy());

const get = (nNumber: string, as: CallInput['as'] = 'viewer') =>
  call(getAircraft, { path: `/aircraft/${nNumber}`, routePath: '/aircraft/{nNumber}', pathParameters: { nNumber }, as });
const byModeS = (hex: string) =>
  call(getByModeS, { path: `/aircraft/by-mode-s/${hex}`, routePath: '/aircraft/by-mode-s/{hex}', pathParameters: { hex } });
const list = (query: Record<string, string>) => call(listAircraft, { path: '/aircraft', query });
const nNumbers = (pages: unknown[][]) => pages.flat().map((item) => (item as { nNumber: string }).nNumber);

describe('GET /aircraft/{nNumber}', () => {
  it('returns the aircraft with its live images and its deregistration history, by cancel date', async () => {
    const aircraft = await seedAircraft(entities);
    const { nNumber } = aircraft;
    const image = { nNumber, objectKey: 'k', contentType: 'image/png', byteSize: 5 };
    await createItem(entities.AircraftImage, { ...image, imageId: 'live-image' }, seedContext);
    const removed = await createItem(entities.AircraftImage, { ...image, imageId: 'removed-image' }, seedContext);
    await softDeleteItem(entities.AircraftImage, { nNumber, imageId: 'removed-image' }, { ...seedContext, expectedVersion: removed.version });
    for (const cancelDate of ['2015-03-02', '2009-11-20']) {
      await createItem(entities.Deregistration, { nNumber, cancelDate, serialNumber: 'OLD#1', name: 'PREVIOUS OWNER' }, seedContext);
    }

    const { statusCode, json } = await get(`N${nNumber}`);

    expect(statusCode).toBe(200);
    expect(json.aircraft).toMatchObject({ nNumber, serialNumber: aircraft.serialNumber, version: 1 });
    expect(json.aircraft).not.toHaveProperty('GSI2PK');
    expect(json.images.map((item: { imageId: string }) => item.imageId)).toEqual(['live-image']);
    expect(json.deregistrations.map((item: { cancelDate: string }) => item.cancelDate)).toEqual(['2009-11-20', '2015-03-02']);
  });

  it('accepts the N-number without its N prefix', async () => {
    const { nNumber } = await seedAircraft(entities);

    const { statusCode, json } = await get(nNumber);

    expect(statusCode).toBe(200);
    expect(json.aircraft.nNumber).toBe(nNumber);
  });

  it('answers 404 for an N-number with no aircraft', async () => {
    const { statusCode, json } = await get('N99ZZ');

    expect(statusCode).toBe(404);
    expect(json.error).toEqual({ code: 'not_found', message: 'Aircraft N99ZZ not found' });
  });

  it('answers 400 naming the field and the FAA rule for an invalid N-number', async () => {
    const { statusCode, json } = await get('N12O');

    expect(statusCode).toBe(400);
    expect(json.error.details).toEqual([{ field: 'path.nNumber', message: 'letters I and O are not allowed in an N-number' }]);
  });

  it('answers 401 without a token and 403 for a token without a platform role', async () => {
    const { nNumber } = await seedAircraft(entities);

    expect((await get(nNumber, null)).statusCode).toBe(401);
    const forbidden = await call(getAircraft, { path: `/aircraft/${nNumber}`, pathParameters: { nNumber }, claims: { sub: 'x', 'cognito:groups': '[pilots]' } });
    expect(forbidden.statusCode).toBe(403);
  });
});

describe('GET /aircraft/by-mode-s/{hex}', () => {
  it('finds the aircraft whose US address decodes to its N-number, in any letter case', async () => {
    const aircraft = await seedAircraft(entities);

    const { statusCode, json } = await byModeS((aircraft.modeSCodeHex as string).toLowerCase());

    expect(statusCode).toBe(200);
    expect(json).toMatchObject({ nNumber: aircraft.nNumber, modeSCodeHex: aircraft.modeSCodeHex });
  });

  it('answers 404 when the stored aircraft carries another Mode S code', async () => {
    const aircraft = await seedAircraft(entities, { modeSCode: '50000001', modeSCodeHex: 'A00001' });

    const { statusCode, json } = await byModeS(icaoAddressFromNNumber(aircraft.nNumber));

    expect(statusCode).toBe(404);
    expect(json.error.message).toMatch(/^No aircraft with Mode S code [0-9A-F]{6}$/);
  });

  it('answers 404 for an address outside the US block and 400 for one that is not hex', async () => {
    expect((await byModeS('3C6444')).statusCode).toBe(404);
    const invalid = await byModeS('XYZ');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json.error.details).toEqual([{ field: 'path.hex', message: 'must be 6 hexadecimal digits (ICAO 24-bit address)' }]);
  });
});

describe('GET /aircraft (lists)', () => {
  it('lists the aircraft of a model page by page in N-number order', async () => {
    const mfrMdlCode = 'T' + uniqueName('').slice(0, 6);
    const seeded = [];
    for (let i = 0; i < 5; i++) seeded.push(await seedAircraft(entities, { mfrMdlCode }));
    await seedAircraft(entities); // another model

    const pages = await allPages(async (nextToken) => list({ model: mfrMdlCode.toLowerCase(), limit: '2', ...(nextToken ? { nextToken } : {}) }));

    expect(pages[0]).toHaveLength(2);
    expect(nNumbers(pages)).toEqual(seeded.map((aircraft) => aircraft.nNumber).sort());
  });

  it("refuses another list's nextToken with a 400 on query.nextToken", async () => {
    const mfrMdlCode = 'T' + uniqueName('').slice(0, 6);
    for (let i = 0; i < 2; i++) await seedAircraft(entities, { mfrMdlCode });
    const first = await list({ model: mfrMdlCode, limit: '1' });

    const { statusCode, json } = await list({ model: 'ZZZZZZZ', nextToken: first.json.nextToken });

    expect(statusCode).toBe(400);
    expect(json.error.details).toEqual([{ field: 'query.nextToken', message: 'is not a token of this list: it belongs to another list' }]);
  });

  it('lists aircraft by registrant name prefix, case- and space-insensitively, page by page', async () => {
    const family = uniqueName('R');
    const matching = [];
    for (const suffix of ['AIR LLC', 'AVIATION INC', 'FLYING CLUB']) {
      matching.push(await seedAircraft(entities, { registrant: { name: `${family} ${suffix}` } }));
    }
    // Also starts with the prefix: a name prefix is not a word match.
    const longer = await seedAircraft(entities, { registrant: { name: `${family}X OTHER` } });
    await seedAircraft(entities); // another registrant

    const pages = await allPages(async (nextToken) =>
      list({ registrant: `  ${family.toLowerCase()}   `, limit: '1', ...(nextToken ? { nextToken } : {}) }),
    );
    const narrowed = await list({ registrant: `${family} av` });

    expect(nNumbers(pages).sort()).toEqual([...matching, longer].map((aircraft) => aircraft.nNumber).sort());
    expect(narrowed.json.items.map((item: { nNumber: string }) => item.nNumber)).toEqual([matching[1]?.nNumber]);
  });

  it('lists only valid registrations expiring in a month, page by page', async () => {
    const month = uniqueMonth();
    const valid = [await seedAircraft(entities, { expirationDate: `${month}-01` }), await seedAircraft(entities, { expirationDate: `${month}-28` })];
    await seedAircraft(entities, { expirationDate: `${month}-15`, statusCode: 'D' });

    const pages = await allPages(async (nextToken) => list({ expiring: month, limit: '1', ...(nextToken ? { nextToken } : {}) }));

    expect(nNumbers(pages)).toEqual(valid.map((aircraft) => aircraft.nNumber));
  });

  it('answers 400 unless exactly one filter is given', async () => {
    const none = await list({});
    const two = await list({ model: '2072738', expiring: '2027-01' });

    expect(none.statusCode).toBe(400);
    expect(none.json.error.details).toEqual([{ field: 'query', message: 'give exactly one of model, registrant, expiring' }]);
    expect(two.statusCode).toBe(400);
  });

  it('answers 401 without a token', async () => {
    expect((await call(listAircraft, { path: '/aircraft', query: { model: '2072738' }, as: null })).statusCode).toBe(401);
    expect((await call(listAircraft, { path: '/aircraft', query: { model: '2072738' }, claims: claimsFor('admin') })).statusCode).toBe(200);
  });
});
