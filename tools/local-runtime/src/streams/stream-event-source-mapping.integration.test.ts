import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { testEventPattern } from '@aircraftops/events';
import { createDocumentClient, createDynamoDbClient, dynamoDbConfigFromEnv } from '@aircraftops/tables';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

import { createStreamsClient } from './create-streams-client';
import type { CheckpointStore } from './checkpoint-store';
import { FileCheckpointStore } from './file-checkpoint-store';
import { InMemoryCheckpointStore } from './in-memory-checkpoint-store';
import type { OnFailureRecord } from './on-failure-record';
import { resolveStreamArn } from './resolve-stream-arn';
import { DEFAULT_STREAM_MAPPING_SETTINGS } from './settings';
import { StreamEventSourceMapping } from './stream-event-source-mapping';

const config = dynamoDbConfigFromEnv();
const dynamoDb = createDynamoDbClient(config);
const documents = createDocumentClient(config);
const streamsClient: DynamoDBStreamsClient = createStreamsClient(config);
const table = config.tableNames.CoreTable;
const runId = `ESMTEST#${process.pid}-${Date.now()}`;

const quietLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** A LATEST mapping that only sees this test's items (the filter uses the real EventBridge matcher). */
const createMapping = (streamArn: string, pkPrefix: string, checkpoints: CheckpointStore, name = `esm-${pkPrefix}`) => {
  const records: DynamoDBRecord[] = [];
  const failures: OnFailureRecord[] = [];
  const mapping = new StreamEventSourceMapping({
    name,
    streamsClient,
    streamArn,
    region: config.region,
    settings: {
      ...DEFAULT_STREAM_MAPPING_SETTINGS,
      startingPosition: 'LATEST',
      filterPatterns: [{ dynamodb: { Keys: { PK: { S: [{ prefix: pkPrefix }] } } } }],
    },
    invoke: async (event: DynamoDBStreamEvent) => {
      records.push(...event.Records);
    },
    onFailure: async (record) => {
      failures.push(record);
    },
    checkpoints,
    match: testEventPattern,
    pollIntervalMs: 50,
    discoveryIntervalMs: 500,
    logger: quietLogger,
  });
  return { mapping, records, failures };
};

const put = (pk: string, attributes: Record<string, unknown> = {}) =>
  documents.send(new PutCommand({ TableName: table, Item: { PK: pk, SK: 'ITEM', ...attributes } }));

/** The record as DynamoDB Local's stream API returns it through the SDK, to compare with the Lambda shape. */
const rawRecord = async (streamArn: string, sequenceNumber: string) => {
  const { StreamDescription } = await streamsClient.send(new DescribeStreamCommand({ StreamArn: streamArn }));
  for (const shard of StreamDescription?.Shards ?? []) {
    const { ShardIterator } = await streamsClient.send(
      new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shard.ShardId, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: sequenceNumber }),
    ).catch(() => ({ ShardIterator: undefined }));
    if (!ShardIterator) continue;
    const { Records } = await streamsClient.send(new GetRecordsCommand({ ShardIterator, Limit: 1 }));
    if (Records?.[0]?.dynamodb?.SequenceNumber === sequenceNumber) return Records[0];
  }
  throw new Error(`stream record ${sequenceNumber} not found`);
};

describe('StreamEventSourceMapping on DynamoDB Local', () => {
  let streamArn: string;
  let dir: string;
  beforeAll(async () => {
    streamArn = await resolveStreamArn(dynamoDb, table);
    dir = await mkdtemp(join(tmpdir(), 'aircraftops-esm-int-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    documents.destroy();
    dynamoDb.destroy();
    streamsClient.destroy();
  });

  it('delivers table writes to the handler in order and in the Lambda shape', async () => {
    const pk = `${runId}#order`;
    const { mapping, records, failures } = createMapping(streamArn, pk, new InMemoryCheckpointStore());
    await mapping.start();
    try {
      await put(`${pk}#1`, { n: 1 });
      await put(`${pk}#2`, { n: 2, blob: new Uint8Array([0x66, 0x6f, 0x6f]) });
      await documents.send(
        new UpdateCommand({ TableName: table, Key: { PK: `${pk}#1`, SK: 'ITEM' }, UpdateExpression: 'SET n = :n', ExpressionAttributeValues: { ':n': 3 } }),
      );
      await documents.send(new DeleteCommand({ TableName: table, Key: { PK: `${pk}#2`, SK: 'ITEM' } }));
      await mapping.idle();
    } finally {
      await mapping.stop();
    }

    expect(records.map((r) => [r.eventName, r.dynamodb?.Keys?.['PK']?.S])).toEqual([
      ['INSERT', `${pk}#1`],
      ['INSERT', `${pk}#2`],
      ['MODIFY', `${pk}#1`],
      ['REMOVE', `${pk}#2`],
    ]);
    const [insert, binaryInsert, modify, remove] = records;
    expect(insert).toMatchObject({
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: config.region,
      eventSourceARN: streamArn,
      dynamodb: { NewImage: { PK: { S: `${pk}#1` }, n: { N: '1' } }, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
    expect(insert?.dynamodb).not.toHaveProperty('OldImage');
    expect(binaryInsert?.dynamodb?.NewImage?.['blob']).toEqual({ B: 'Zm9v' });
    expect(modify?.dynamodb).toMatchObject({ OldImage: { n: { N: '1' } }, NewImage: { n: { N: '3' } } });
    expect(remove?.dynamodb).not.toHaveProperty('NewImage');
    expect(remove).not.toHaveProperty('userIdentity');
    // DynamoDB Local truncates the time to the minute: epoch seconds within the last few minutes.
    const seconds = insert?.dynamodb?.ApproximateCreationDateTime ?? 0;
    expect(Math.abs(Date.now() / 1000 - seconds)).toBeLessThan(180);
    expect(typeof insert?.dynamodb?.SequenceNumber).toBe('string');
    expect(failures).toEqual([]);
  });

  it('carries userIdentity on a TTL deletion exactly when DynamoDB Local set it', async () => {
    const pk = `${runId}#ttl`;
    const { mapping, records } = createMapping(streamArn, pk, new InMemoryCheckpointStore());
    await mapping.start();
    try {
      // DynamoDB Local 2.6.1's TTL job skips expired items that lack the key of one of the table's
      // GSIs (a sparse item), so this item carries every index key.
      const indexKeys = Object.fromEntries([1, 2, 3].flatMap((n) => [[`GSI${n}PK`, pk], [`GSI${n}SK`, 'ITEM']]));
      await put(pk, { ...indexKeys, delete_at: Math.floor(Date.now() / 1000) - 10 });
      const deadline = Date.now() + 20_000;
      while (!records.some((r) => r.eventName === 'REMOVE') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      await mapping.stop();
    }

    const removal = records.find((r) => r.eventName === 'REMOVE');
    expect(removal).toBeDefined();
    const raw = await rawRecord(streamArn, removal?.dynamodb?.SequenceNumber ?? '');
    if (raw.userIdentity) {
      expect(removal?.userIdentity).toEqual({ type: raw.userIdentity.Type, principalId: raw.userIdentity.PrincipalId });
      expect(removal?.userIdentity).toEqual({ type: 'Service', principalId: 'dynamodb.amazonaws.com' });
    } else {
      expect(removal).not.toHaveProperty('userIdentity');
    }
  });

  it('resumes after a restart with a file checkpoint store, neither losing nor repeating records', async () => {
    const pk = `${runId}#restart`;
    const first = createMapping(streamArn, pk, new FileCheckpointStore(dir), 'restart-mapping');
    await first.mapping.start();
    for (const n of [1, 2, 3]) await put(`${pk}#${n}`);
    await first.mapping.idle();
    await first.mapping.stop();
    for (const n of [4, 5]) await put(`${pk}#${n}`);

    const second = createMapping(streamArn, pk, new FileCheckpointStore(dir), 'restart-mapping');
    await second.mapping.start();
    try {
      await put(`${pk}#6`);
      await second.mapping.idle();
    } finally {
      await second.mapping.stop();
    }

    const keys = (records: DynamoDBRecord[]) => records.map((r) => r.dynamodb?.Keys?.['PK']?.S);
    expect(keys(first.records)).toEqual([1, 2, 3].map((n) => `${pk}#${n}`));
    expect(keys(second.records)).toEqual([4, 5, 6].map((n) => `${pk}#${n}`));
  });
});
