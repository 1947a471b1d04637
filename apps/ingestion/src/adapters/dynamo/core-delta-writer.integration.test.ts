import { contentHash, type EngineModelRecord } from '@aircraftops/registry';
import { createCoreEntities, createDocumentClient, createTables, dynamoDbConfigFromEnv, updateItem } from '@aircraftops/tables';
import { GetItemCommand } from 'dynamodb-toolbox';

import type { DeltaRow } from '../../use-cases/ports';
import { DynamoCoreDeltaWriter } from './core-delta-writer.dynamo';

const config = dynamoDbConfigFromEnv();
const operator = createDocumentClient(config);
const writerClient = createDocumentClient(config);
const { EngineModel } = createCoreEntities(createTables(operator, config).CoreTable);
const writer = new DynamoCoreDeltaWriter(createCoreEntities(createTables(writerClient, config).CoreTable));
const stamp = { jobId: 'job-conflict', correlationId: 'c-job', actor: { type: 'service' as const, id: 'ingestion' } };
const alice = { type: 'user' as const, id: 'alice' };

afterAll(() => {
  operator.destroy();
  writerClient.destroy();
});

const row = (line: number, record: EngineModelRecord): DeltaRow<'ENGINE'> => ({ line, record, hash: contentHash(record) });
const engine = async (code: string) => (await EngineModel.build(GetItemCommand).key({ code }).options({ consistent: true }).send()).Item;

/** Runs `edit` once, just before the writer's conditional put of `pk` leaves: the race an operator can win. */
const editBeforeConditionalPut = (pk: string, edit: () => Promise<unknown>) => {
  let done = false;
  writerClient.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as { Item?: { PK?: unknown }; ConditionExpression?: string };
      const key = input.Item?.PK;
      const value = typeof key === 'object' && key !== null ? (key as { S?: string }).S : key; // marshalled or not
      if (!done && input.ConditionExpression !== undefined && value === pk) {
        done = true;
        await edit();
      }
      return next(args);
    },
    { step: 'initialize', name: 'operatorEditRace' },
  );
  return () => writerClient.middlewareStack.remove('operatorEditRace');
};

describe('DynamoCoreDeltaWriter on a changed row', () => {
  it('turns a lost race against a concurrent edit into a row rejection and overwrites nothing', async () => {
    const first = { code: 'CQ001', manufacturer: 'LYCOMING', model: 'O-320', type: '1', horsepower: 150 };
    const second = { code: 'CQ002', manufacturer: 'CONTINENTAL', model: 'O-200', type: '1', horsepower: 100 };
    expect(await writer.write('ENGINE', [row(2, first), row(3, second)], stamp)).toEqual({ written: 2, unchanged: 0, rejected: [] });
    const stopRacing = editBeforeConditionalPut('ENGINE#CQ001', () =>
      updateItem(EngineModel, { code: 'CQ001' }, { model: 'O-320-E2D' }, { actor: alice, correlationId: 'c-edit', expectedVersion: 1 }),
    );

    const result = await writer.write('ENGINE', [row(2, { ...first, horsepower: 160 }), row(3, { ...second, horsepower: 110 })], stamp);
    stopRacing();

    expect(result).toEqual({
      written: 1,
      unchanged: 0,
      rejected: [{ line: 2, field: '*', reason: 'changed concurrently (version 1 was read, another write got there first): not overwritten' }],
    });
    expect(await engine('CQ001')).toMatchObject({ model: 'O-320-E2D', horsepower: 150, version: 2, updatedBy: alice, correlationId: 'c-edit' });
    expect(await engine('CQ002')).toMatchObject({ horsepower: 110, version: 2, sourceJobId: 'job-conflict' });
  });

  it('writes a changed row over the version it read, keeping createdAt', async () => {
    const record = { code: 'CQ003', manufacturer: 'ROTAX', model: '912', type: '1', horsepower: 80 };
    await writer.write('ENGINE', [row(2, record)], stamp);
    const before = await engine('CQ003');

    const result = await writer.write('ENGINE', [row(2, { ...record, horsepower: 100 })], stamp);

    expect(result).toEqual({ written: 1, unchanged: 0, rejected: [] });
    expect(await engine('CQ003')).toMatchObject({ horsepower: 100, version: 2, createdAt: before?.createdAt });
  });
});
