import { GetItemCommand } from 'dynamodb-toolbox';

import { call, type CallInput, connect, seedAircraft, uniqueMonth, uniqueName } from '../testing/api.fixtures.test';
import { handler as addImage } from './add-aircraft-image/handler';
import { handler as deleteAircraft } from './delete-aircraft/handler';
import { handler as getAircraft } from './get-aircraft/handler';
import { handler as getByModeS } from './get-aircraft-by-mode-s/handler';
import { handler as listAircraft } from './list-aircraft/handler';
import { handler as removeImage } from './remove-aircraft-image/handler';
import { handler as updateAircraft } from './update-aircraft/handler';

const { documentClient, entities } = connect();
afterAll(() => documentClient.destroy());

const image = { objectKey: 'aircraft/ramp.jpg', contentType: 'image/jpeg', byteSize: 48_213, width: 1600, height: 1200, caption: ' On the ramp ' };

const get = (nNumber: string) => call(getAircraft, { path: `/aircraft/${nNumber}`, pathParameters: { nNumber } });
const postImage = (nNumber: string, body: unknown, input: CallInput = { as: 'operator' }) =>
  call(addImage, { method: 'POST', path: `/aircraft/${nNumber}/images`, pathParameters: { nNumber }, body, ...input });
const deleteImage = (nNumber: string, imageId: string, as: CallInput['as'] = 'operator') =>
  call(removeImage, { method: 'DELETE', path: `/aircraft/${nNumber}/images/${imageId}`, pathParameters: { nNumber, imageId }, as });
const patch = (nNumber: string, body: unknown, as: CallInput['as'] = 'operator') =>
  call(updateAircraft, { method: 'PATCH', path: `/aircraft/${nNumber}`, pathParameters: { nNumber }, body, as });
const remove = (nNumber: string, as: CallInput['as'] = 'admin') =>
  call(deleteAircraft, { method: 'DELETE', path: `/aircraft/${nNumber}`, pathParameters: { nNumber }, as });
const listed = async (query: Record<string, string>) =>
  (await call(listAircraft, { path: '/aircraft', query: { ...query, limit: '100' } })).json.items.map((item: { nNumber: string }) => item.nNumber);

describe('POST /aircraft/{nNumber}/images', () => {
  it('creates the image with a new id, stamped with the actor and the x-correlation-id header, 201', async () => {
    const { nNumber } = await seedAircraft(entities);

    const { statusCode, headers, json } = await postImage(`N${nNumber}`, { ...image, takenAt: '2024-06-01T16:30:00+02:00' }, {
      as: 'operator',
      headers: { 'X-Correlation-Id': 'corr-upload-7' },
    });
    const stored = await entities.AircraftImage.build(GetItemCommand).key({ nNumber, imageId: json.imageId }).send();

    expect(statusCode).toBe(201);
    expect(json).toMatchObject({ nNumber, caption: 'On the ramp', takenAt: '2024-06-01T14:30:00.000Z', version: 1 });
    expect(json.imageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers.location).toBe(`/aircraft/N${nNumber}/images/${json.imageId}`);
    expect(stored.Item).toMatchObject({ updatedBy: { type: 'user', id: 'operator-user' }, correlationId: 'corr-upload-7' });
    expect((await get(nNumber)).json.images).toEqual([json]);
  });

  it('makes up a correlation id when the request has none', async () => {
    const { nNumber } = await seedAircraft(entities);

    const first = await postImage(nNumber, image);
    const second = await postImage(nNumber, image);

    expect(first.json.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.json.correlationId).not.toBe(first.json.correlationId);
    expect(second.json.imageId).not.toBe(first.json.imageId);
  });

  it('answers 404 when the aircraft does not exist', async () => {
    const { statusCode, json } = await postImage('N99ZZ', image);

    expect(statusCode).toBe(404);
    expect(json.error.message).toBe('Aircraft N99ZZ not found');
  });

  it('answers 400 naming every bad field, and 403 to a viewer', async () => {
    const { nNumber } = await seedAircraft(entities);

    const invalid = await postImage(nNumber, { ...image, contentType: 'image/gif', byteSize: 0, takenAt: 'yesterday' });
    const badHeader = await postImage(nNumber, image, { as: 'operator', headers: { 'x-correlation-id': 'a b#c' } });
    const viewer = await postImage(nNumber, image, { as: 'viewer' });

    expect(invalid.statusCode).toBe(400);
    expect(invalid.json.error.details.map((detail: { field: string }) => detail.field)).toEqual([
      'body.contentType',
      'body.byteSize',
      'body.takenAt',
    ]);
    expect(badHeader.json.error.details[0].field).toBe('headers.x-correlation-id');
    expect(viewer.statusCode).toBe(403);
    expect((await get(nNumber)).json.images).toEqual([]);
  });
});

describe('DELETE /aircraft/{nNumber}/images/{imageId}', () => {
  it('removes the image (204), after which it is gone from the aircraft and a second delete is 404', async () => {
    const { nNumber } = await seedAircraft(entities);
    const { json: created } = await postImage(nNumber, image);

    const first = await deleteImage(`N${nNumber}`, created.imageId);
    const second = await deleteImage(nNumber, created.imageId);

    expect(first.statusCode).toBe(204);
    expect(first.json).toBeUndefined();
    expect((await get(nNumber)).json.images).toEqual([]);
    expect(second.statusCode).toBe(404);
  });

  it('answers 404 for an unknown image id and 400 for a malformed one', async () => {
    const { nNumber } = await seedAircraft(entities);

    expect((await deleteImage(nNumber, 'no-such-image')).statusCode).toBe(404);
    expect((await deleteImage(nNumber, 'IMAGE#x')).json.error.details).toEqual([
      { field: 'path.imageId', message: 'must be an image id (1-128 characters 0-9/A-Z/a-z/_/-)' },
    ]);
  });
});

describe('PATCH /aircraft/{nNumber}', () => {
  it('updates the editable fields at the expected version and moves the registrant index with the name', async () => {
    const oldName = uniqueName('P');
    const newName = uniqueName('P');
    const { nNumber } = await seedAircraft(entities, { registrant: { name: oldName, city: 'WICHITA', street2: 'HANGAR 4' } });

    const { statusCode, json } = await patch(nNumber, {
      expectedVersion: 1,
      statusCode: 'R',
      registrant: { name: newName, street2: null },
      otherNames: ['SKYHAWK'],
    }, 'operator');

    expect(statusCode).toBe(200);
    expect(json).toMatchObject({ nNumber, version: 2, statusCode: 'R', otherNames: ['SKYHAWK'], updatedBy: { id: 'operator-user' } });
    expect(json.registrant).toEqual({ name: newName, city: 'WICHITA' });
    expect(await listed({ registrant: newName })).toEqual([nNumber]);
    expect(await listed({ registrant: oldName })).toEqual([]);
  });

  it('answers 409 with the current version when the expected one is stale, changing nothing', async () => {
    const { nNumber } = await seedAircraft(entities);
    await patch(nNumber, { expectedVersion: 1, statusCode: 'R' });

    const { statusCode, json } = await patch(nNumber, { expectedVersion: 1, statusCode: 'D' });

    expect(statusCode).toBe(409);
    expect(json.error).toMatchObject({ code: 'conflict', currentVersion: 2 });
    expect((await get(nNumber)).json.aircraft).toMatchObject({ statusCode: 'R', version: 2 });
  });

  it('keeps the version when the patch changes nothing', async () => {
    const { nNumber } = await seedAircraft(entities);

    const { statusCode, json } = await patch(nNumber, { expectedVersion: 1, statusCode: 'V' });

    expect(statusCode).toBe(200);
    expect(json.version).toBe(1);
  });

  it('answers 404 for an unknown aircraft, 400 for a field that is not editable and 403 to a viewer', async () => {
    const { nNumber } = await seedAircraft(entities);

    expect((await patch('N99ZZ', { expectedVersion: 1, statusCode: 'D' })).statusCode).toBe(404);
    const notEditable = await patch(nNumber, { expectedVersion: 1, serialNumber: 'X', statusCode: 'D' });
    expect(notEditable.statusCode).toBe(400);
    expect(notEditable.json.error.details).toEqual([{ field: 'body', message: 'Unrecognized key: "serialNumber"' }]);
    expect((await patch(nNumber, { expectedVersion: 1, statusCode: 'D' }, 'viewer')).statusCode).toBe(403);
  });
});

describe('DELETE /aircraft/{nNumber}', () => {
  it('soft deletes (204): the aircraft leaves get, Mode S lookup and every index list', async () => {
    const month = uniqueMonth();
    const name = uniqueName('D');
    const aircraft = await seedAircraft(entities, { registrant: { name }, expirationDate: `${month}-10` });
    const { nNumber, mfrMdlCode } = aircraft;
    expect(await listed({ model: mfrMdlCode })).toEqual([nNumber]);
    expect(await listed({ registrant: name })).toEqual([nNumber]);
    expect(await listed({ expiring: month })).toEqual([nNumber]);

    const { statusCode } = await remove(`N${nNumber}`);
    const raw = await entities.Aircraft.build(GetItemCommand).key({ nNumber }).send();

    expect(statusCode).toBe(204);
    expect(raw.Item).toMatchObject({ delete_at: expect.any(Number), version: 2, updatedBy: { id: 'admin-user' } });
    expect((await get(nNumber)).statusCode).toBe(404);
    const hex = aircraft.modeSCodeHex as string;
    expect((await call(getByModeS, { path: `/aircraft/by-mode-s/${hex}`, pathParameters: { hex } })).statusCode).toBe(404);
    expect(await listed({ model: mfrMdlCode })).toEqual([]);
    expect(await listed({ registrant: name })).toEqual([]);
    expect(await listed({ expiring: month })).toEqual([]);
  });

  it('answers 404 to a second delete and to a patch of the deleted aircraft', async () => {
    const { nNumber } = await seedAircraft(entities);
    await remove(nNumber);

    expect((await remove(nNumber)).statusCode).toBe(404);
    expect((await patch(nNumber, { expectedVersion: 2, statusCode: 'D' })).statusCode).toBe(404);
  });

  it('requires admin: 403 to an operator, leaving the aircraft in place', async () => {
    const { nNumber } = await seedAircraft(entities);

    const { statusCode, json } = await remove(nNumber, 'operator');

    expect(statusCode).toBe(403);
    expect(json.error.message).toBe("Role 'admin' required; the token grants 'operator'");
    expect((await get(nNumber)).statusCode).toBe(200);
  });
});
