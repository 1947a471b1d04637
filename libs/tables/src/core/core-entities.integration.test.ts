import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { EntitySpy, GetItemCommand, PutItemCommand, QueryCommand } from 'dynamodb-toolbox';

import {
  aircraftInput,
  connect,
  context,
  uniqueEngineCode,
  uniqueId,
  uniqueModelCode,
  uniqueNNumber,
} from '../__fixtures__/items.fixtures.test';
import { InvalidKeyError, ItemAlreadyExistsError } from '../errors';
import { coreQueries } from '../keys';
import { createItem, softDeleteItem, updateItem } from '../writes';

const { documentClient, tables, entities } = connect();
const { Aircraft, AircraftModel, EngineModel, AircraftImage, Deregistration } = entities;
const { CoreTable } = tables;

afterAll(() => documentClient.destroy());

const nNumbersOf = (items: readonly { nNumber?: unknown }[] | undefined) => (items ?? []).map((item) => item.nNumber);

describe('Aircraft', () => {
  it('is created, read by N-number and stored with its index keys', async () => {
    const input = aircraftInput();

    const created = await createItem(Aircraft, input, context);
    const { Item } = await Aircraft.build(GetItemCommand).key({ nNumber: input.nNumber }).send();
    const raw = await documentClient.send(
      new GetCommand({
        TableName: CoreTable.getName(),
        Key: { PK: `AIRCRAFT#${input.nNumber}`, SK: 'AIRCRAFT' },
      }),
    );

    expect(Item).toEqual(created);
    expect(Item).toMatchObject({ ...input, version: 1, updatedBy: context.actor, correlationId: 'corr-test' });
    expect(Item).not.toHaveProperty('GSI1PK');
    expect(raw.Item).toMatchObject({
      _et: 'Aircraft',
      GSI1PK: 'EXPIRES#2027-01',
      GSI1SK: `2027-01-31#${input.nNumber}`,
      GSI2PK: `MODEL#${input.mfrMdlCode}`,
      GSI2SK: `AIRCRAFT#${input.nNumber}`,
      GSI3PK: 'REGISTRANT#S',
      GSI3SK: `SMITH AVIATION LLC#${input.nNumber}`,
      createdAt: created.createdAt,
      modifiedAt: created.modifiedAt,
    });
  });

  it('refuses to create an aircraft that exists, leaving it unchanged', async () => {
    const input = aircraftInput();
    await createItem(Aircraft, input, context);

    const second = createItem(Aircraft, { ...input, serialNumber: 'OTHER' }, context);

    await expect(second).rejects.toBeInstanceOf(ItemAlreadyExistsError);
    await expect(second).rejects.toMatchObject({ code: 'tables.itemAlreadyExists' });
    const { Item } = await Aircraft.build(GetItemCommand).key({ nNumber: input.nNumber }).send();
    expect(Item?.serialNumber).toBe('17270');
  });

  it('lists only valid registrations with an expiration date in the month index (sparse GSI1)', async () => {
    const valid = aircraftInput({ expirationDate: '2031-07-04' });
    const deregistered = aircraftInput({ expirationDate: '2031-07-05', statusCode: 'D' });
    const undated = aircraftInput({ expirationDate: undefined });
    for (const input of [valid, deregistered, undated]) await createItem(Aircraft, input, context);

    const { Items } = await CoreTable.build(QueryCommand)
      .entities(Aircraft)
      .query(coreQueries.registrationsExpiringIn('2031-07'))
      .send();

    expect(nNumbersOf(Items)).toContain(valid.nNumber);
    expect(nNumbersOf(Items)).not.toContain(deregistered.nNumber);
    expect(nNumbersOf(Items)).not.toContain(undated.nNumber);
  });

  it('lists the aircraft of a model in N-number order (GSI2), page by page', async () => {
    const mfrMdlCode = uniqueModelCode();
    const inputs = ['3', '1', '2'].map((digit) => aircraftInput({ mfrMdlCode, nNumber: `${digit}${uniqueNNumber().slice(1)}` }));
    for (const input of inputs) await createItem(Aircraft, input, context);

    const firstPage = await CoreTable.build(QueryCommand)
      .entities(Aircraft)
      .query(coreQueries.aircraftOfModel(mfrMdlCode))
      .options({ limit: 2 })
      .send();
    const secondPage = await CoreTable.build(QueryCommand)
      .entities(Aircraft)
      .query(coreQueries.aircraftOfModel(mfrMdlCode))
      .options({ limit: 2, exclusiveStartKey: firstPage.LastEvaluatedKey })
      .send();

    const expected = inputs.map((input) => input.nNumber).sort();
    expect([...nNumbersOf(firstPage.Items), ...nNumbersOf(secondPage.Items)]).toEqual(expected);
  });

  it('finds aircraft by registrant name prefix, case- and space-insensitively, with # escaped (GSI3)', async () => {
    const unique = uniqueId().slice(0, 8).toUpperCase();
    const hashName = aircraftInput({ registrant: { name: `Q${unique} #1  Flyers` } });
    const other = aircraftInput({ registrant: { name: `Q${unique} 2 Flyers` } });
    await createItem(Aircraft, hashName, context);
    await createItem(Aircraft, other, context);

    const query = (prefix: string) =>
      CoreTable.build(QueryCommand).entities(Aircraft).query(coreQueries.aircraftByRegistrantPrefix(prefix)).send();

    expect(nNumbersOf((await query(`q${unique.toLowerCase()}`)).Items).sort()).toEqual(
      [hashName.nNumber, other.nNumber].sort(),
    );
    expect(nNumbersOf((await query(`  Q${unique}   #1 `)).Items)).toEqual([hashName.nNumber]);
  });

  it('returns an aircraft with its images and deregistration history in one query', async () => {
    const aircraft = aircraftInput();
    await createItem(Aircraft, aircraft, context);
    const imageId = uniqueId();
    await createItem(
      AircraftImage,
      { nNumber: aircraft.nNumber, imageId, objectKey: `images/${imageId}.jpg`, contentType: 'image/jpeg', byteSize: 1024 },
      context,
    );
    await createItem(
      Deregistration,
      { nNumber: aircraft.nNumber, cancelDate: '2019-05-01', serialNumber: 'SN#1', name: 'OLD OWNER', region: '2' },
      context,
    );

    const { Items } = await CoreTable.build(QueryCommand)
      .entities(Aircraft, AircraftImage, Deregistration)
      .query(coreQueries.aircraftPartition(aircraft.nNumber))
      .options({ showEntityAttr: true })
      .send();
    const history = await CoreTable.build(QueryCommand)
      .entities(Deregistration)
      .query(coreQueries.deregistrationsOfAircraft(aircraft.nNumber))
      .send();

    expect(Items?.map((item) => item.entity).sort()).toEqual(['Aircraft', 'AircraftImage', 'Deregistration']);
    expect(history.Items).toEqual([expect.objectContaining({ serialNumber: 'SN#1', cancelDate: '2019-05-01', region: '2' })]);
  });
});

describe('AircraftModel and EngineModel', () => {
  it('reads a model by code and lists models by normalized manufacturer (GSI1)', async () => {
    const code = uniqueModelCode();
    const manufacturer = `Cessna ${uniqueId().slice(0, 6)}`;
    await createItem(
      AircraftModel,
      {
        code,
        manufacturer,
        model: '172S',
        typeAircraft: '4',
        typeEngine: '1',
        aircraftCategory: '1',
        builderCertification: '0',
        numberOfEngines: 1,
        numberOfSeats: 4,
        weightClass: 'CLASS 1',
        cruisingSpeed: 124,
      },
      context,
    );

    const { Item } = await AircraftModel.build(GetItemCommand).key({ code }).send();
    const { Items } = await CoreTable.build(QueryCommand)
      .entities(AircraftModel)
      .query(coreQueries.modelsOfManufacturer(manufacturer.toUpperCase()))
      .send();

    expect(Item).toMatchObject({ code, model: '172S', version: 1 });
    expect(Items?.map((model) => model.code)).toEqual([code]);
  });

  it('reads an engine by code and lists engines by manufacturer (GSI1)', async () => {
    const code = uniqueEngineCode();
    const manufacturer = `LYCOMING ${uniqueId().slice(0, 6)}`;
    await createItem(EngineModel, { code, manufacturer, model: 'O-320', type: '1', horsepower: 160 }, context);

    const { Item } = await EngineModel.build(GetItemCommand).key({ code }).send();
    const { Items } = await CoreTable.build(QueryCommand)
      .entities(EngineModel)
      .query(coreQueries.enginesOfManufacturer(manufacturer))
      .send();

    expect(Item).toMatchObject({ code, horsepower: 160 });
    expect(Items?.map((engine) => engine.code)).toEqual([code]);
  });
});

describe('AircraftImage', () => {
  it('is found by image id alone (GSI1)', async () => {
    const nNumber = uniqueNNumber();
    const imageId = uniqueId();
    await createItem(
      AircraftImage,
      { nNumber, imageId, objectKey: 'k', contentType: 'image/png', byteSize: 10, width: 4, height: 3, caption: 'ramp' },
      context,
    );

    const { Items } = await CoreTable.build(QueryCommand).entities(AircraftImage).query(coreQueries.imageById(imageId)).send();

    expect(Items).toEqual([expect.objectContaining({ nNumber, imageId, caption: 'ramp' })]);
  });
});

describe('optimistic locking', () => {
  it('updates with the expected version: version + 1, stamps, and index keys recomputed', async () => {
    const input = aircraftInput();
    await createItem(Aircraft, input, context);
    const bob = { actor: { type: 'service', id: 'ingestion' }, correlationId: 'corr-2' } as const;

    const updated = await updateItem(Aircraft, { nNumber: input.nNumber }, { statusCode: 'D' }, { ...bob, expectedVersion: 1 });
    const expiring = await CoreTable.build(QueryCommand)
      .entities(Aircraft)
      .query(coreQueries.registrationsExpiringIn('2027-01'))
      .send();

    expect(updated).toMatchObject({ statusCode: 'D', version: 2, updatedBy: bob.actor, correlationId: 'corr-2' });
    expect(nNumbersOf(expiring.Items)).not.toContain(input.nNumber);
  });

  it('rejects a stale version with VersionConflictError and changes nothing', async () => {
    const input = aircraftInput();
    await createItem(Aircraft, input, context);
    await updateItem(Aircraft, { nNumber: input.nNumber }, { kitMfr: 'VANS' }, { ...context, expectedVersion: 1 });
    const before = (await Aircraft.build(GetItemCommand).key({ nNumber: input.nNumber }).send()).Item;

    const stale = updateItem(Aircraft, { nNumber: input.nNumber }, { kitMfr: 'STALE' }, { ...context, expectedVersion: 1 });

    await expect(stale).rejects.toMatchObject({
      name: 'VersionConflictError',
      code: 'tables.versionConflict',
      expectedVersion: 1,
      currentVersion: 2,
    });
    expect((await Aircraft.build(GetItemCommand).key({ nNumber: input.nNumber }).send()).Item).toEqual(before);
  });

  it('reports the stored version when a concurrent writer wins between the read and the write', async () => {
    const input = aircraftInput();
    const original = await createItem(Aircraft, input, context);
    await updateItem(Aircraft, { nNumber: input.nNumber }, { kitMfr: 'WINNER' }, { ...context, expectedVersion: 1 });
    // The read is made to see version 1 again, so only the conditional write can catch the conflict.
    const spy = Aircraft.build(EntitySpy);
    spy.on(GetItemCommand).resolve({ Item: original, $metadata: {} });

    const late = updateItem(Aircraft, { nNumber: input.nNumber }, { kitMfr: 'LATE' }, { ...context, expectedVersion: 1 });

    await expect(late).rejects.toMatchObject({
      code: 'tables.versionConflict',
      currentVersion: 2,
      cause: expect.objectContaining({ name: 'ConditionalCheckFailedException' }),
    });
    spy.restore();
    const { Item } = await Aircraft.build(GetItemCommand).key({ nNumber: input.nNumber }).send();
    expect(Item).toMatchObject({ kitMfr: 'WINNER', version: 2 });
  });

  it('lets exactly one of several concurrent writers of one version win', async () => {
    const input = aircraftInput();
    await createItem(Aircraft, input, context);

    const results = await Promise.allSettled(
      ['A', 'B', 'C', 'D'].map((kitModel) =>
        updateItem(Aircraft, { nNumber: input.nNumber }, { kitModel }, { ...context, expectedVersion: 1 }),
      ),
    );

    const winners = results.filter((result) => result.status === 'fulfilled');
    const losers = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(winners).toHaveLength(1);
    for (const loser of losers) expect(loser).toMatchObject({ code: 'tables.versionConflict', currentVersion: 2 });
    const { Item } = await Aircraft.build(GetItemCommand).key({ nNumber: input.nNumber }).send();
    expect(Item?.version).toBe(2);
  });
});

describe('soft delete', () => {
  it('removes the aircraft from every index and keeps it readable by key until TTL', async () => {
    const input = aircraftInput({ registrant: { name: `Z${uniqueId().slice(0, 8)}` } });
    await createItem(Aircraft, input, context);
    const indexQueries = [
      coreQueries.registrationsExpiringIn('2027-01'),
      coreQueries.aircraftOfModel(input.mfrMdlCode),
      coreQueries.aircraftByRegistrantPrefix(input.registrant?.name),
    ];
    const inIndexes = async () =>
      Promise.all(
        indexQueries.map(async (query) =>
          nNumbersOf((await CoreTable.build(QueryCommand).entities(Aircraft).query(query).send()).Items).includes(input.nNumber),
        ),
      );
    expect(await inIndexes()).toEqual([true, true, true]);

    const deleteAt = Math.floor(Date.now() / 1000) + 3600;
    await softDeleteItem(Aircraft, { nNumber: input.nNumber }, { ...context, expectedVersion: 1, deleteAt });

    expect(await inIndexes()).toEqual([false, false, false]);
    const { Item } = await Aircraft.build(GetItemCommand).key({ nNumber: input.nNumber }).send();
    expect(Item).toMatchObject({ delete_at: deleteAt, version: 2 });
  });
});

describe('key validation', () => {
  it('rejects an N-number carrying a delimiter before any request', async () => {
    const read = () => Aircraft.build(GetItemCommand).key({ nNumber: 'N123#MODEL' }).params();
    const create = createItem(Aircraft, aircraftInput({ nNumber: 'N123#MODEL' }), context);

    expect(read).toThrow(InvalidKeyError);
    expect(read).toThrow(/^nNumber must match \^\[1-9\]\[0-9A-Z\]\{0,4\}\$ .*got "N123#MODEL"$/);
    await expect(create).rejects.toMatchObject({ code: 'tables.invalidKey', field: 'nNumber' });
  });

  it('rejects a serial number that would push the sort key over 1024 bytes', async () => {
    const write = Deregistration.build(PutItemCommand).item({
      nNumber: uniqueNNumber(),
      cancelDate: '2020-01-01',
      serialNumber: 'é'.repeat(510),
      version: 1,
      updatedBy: context.actor,
      correlationId: 'c',
    });

    expect(() => write.params()).toThrow(InvalidKeyError);
    expect(() => write.params()).toThrow('serialNumber makes a sort key of 1037 bytes (UTF-8); DynamoDB allows at most 1024');
  });
});
