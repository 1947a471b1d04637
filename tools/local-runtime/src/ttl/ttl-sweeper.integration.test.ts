import { CreateTableCommand, DeleteTableCommand, DynamoDBClient, GetItemCommand, PutItemCommand, waitUntilTableExists } from '@aws-sdk/client-dynamodb';

import { TtlDeletions } from './ttl-deletions';
import { createTtlSweeper } from './ttl-sweeper';

// The same trap as CoreTable: a table with a GSI, and items that lack that GSI's keys.
const client = new DynamoDBClient({
  region: 'us-east-1',
  endpoint: process.env['AIRCRAFTOPS_DYNAMODB_ENDPOINT'],
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});
const tableName = `TtlSweep-${process.pid}-${Date.now()}`;
const now = 1_800_000_000;
const key = (id: string) => ({ PK: { S: `ITEM#${id}` }, SK: { S: 'ITEM' } });
const put = (id: string, extra: Record<string, { S: string } | { N: string }>) =>
  client.send(new PutItemCommand({ TableName: tableName, Item: { ...key(id), ...extra } }));
const exists = async (id: string) => (await client.send(new GetItemCommand({ TableName: tableName, Key: key(id) }))).Item !== undefined;

beforeAll(async () => {
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: ['PK', 'SK', 'GSI1PK', 'GSI1SK'].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: 'PK', KeyType: 'HASH' },
        { AttributeName: 'SK', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'GSI1',
          KeySchema: [
            { AttributeName: 'GSI1PK', KeyType: 'HASH' },
            { AttributeName: 'GSI1SK', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    }),
  );
  await waitUntilTableExists({ client, maxWaitTime: 30 }, { TableName: tableName });
});

afterAll(async () => {
  await client.send(new DeleteTableCommand({ TableName: tableName }));
  client.destroy();
});

describe('the TTL sweeper (local stand-in for DynamoDB TTL)', () => {
  it('deletes expired items, with or without index keys, and keeps every item AWS would keep', async () => {
    await put('expired-no-index', { delete_at: { N: String(now - 10) } });
    await put('expired-indexed', { delete_at: { N: String(now - 1) }, GSI1PK: { S: 'A' }, GSI1SK: { S: 'B' } });
    await put('future', { delete_at: { N: String(now + 60) } });
    await put('ancient', { delete_at: { N: String(now - 6 * 365 * 24 * 3600) } });
    await put('string-ttl', { delete_at: { S: String(now - 10) } });
    await put('no-ttl', {});
    const deletions = new TtlDeletions();
    const sweeper = createTtlSweeper({ client, deletions, now: () => now, pageSize: 2, tables: [{ tableName, ttlAttribute: 'delete_at', keyAttributes: ['PK', 'SK'] }] });

    const result = await sweeper.sweepAll();

    expect(result.deleted).toBe(2);
    expect(await exists('expired-no-index')).toBe(false);
    expect(await exists('expired-indexed')).toBe(false);
    for (const kept of ['future', 'ancient', 'string-ttl', 'no-ttl']) expect(await exists(kept)).toBe(true);
    expect(deletions.take(tableName, { SK: { S: 'ITEM' }, PK: { S: 'ITEM#expired-no-index' } })).toBe(true);
    expect(deletions.take(tableName, key('expired-indexed'))).toBe(true);
    expect(deletions.size).toBe(0);
  });

  it('keeps an item whose TTL changed after it was read (AWS re-checks expiry before deleting)', async () => {
    await put('restored', { delete_at: { N: String(now - 5) } });
    const deletions = new TtlDeletions();
    // The item is restored between the scan and the delete: the sweeper's client sees the scan first.
    const racing = new DynamoDBClient({ region: 'us-east-1', endpoint: process.env['AIRCRAFTOPS_DYNAMODB_ENDPOINT'], credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    racing.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'DeleteItemCommand') await put('restored', { note: { S: 'restored' } });
        return next(args);
      },
      { step: 'initialize', name: 'restoreBeforeDelete' },
    );
    const sweeper = createTtlSweeper({ client: racing, deletions, now: () => now, tables: [{ tableName, ttlAttribute: 'delete_at', keyAttributes: ['PK', 'SK'] }] });

    await sweeper.sweepAll();

    expect(await exists('restored')).toBe(true);
    expect(deletions.size).toBe(0);
    racing.destroy();
  });
});
