import { randomUUID } from 'node:crypto';

import { createDocumentClient, createDynamoDbClient, createEntities, createItem, createTables, dynamoDbConfigFromEnv, softDeleteItem, updateItem } from '@aircraftops/tables';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { DeleteItemCommand } from 'dynamodb-toolbox';

import { bridgedTablesFromEnv } from '../../adapters';
import { fakeBus, recordingLogger } from '../../testing/fake-bus.fixtures.test';
import { readLambdaStreamRecords } from '../../testing/read-lambda-stream-records.fixtures.test';
import { createStreamBridge } from '../../wiring';

const config = dynamoDbConfigFromEnv();
const client = createDynamoDbClient(config);
const documentClient = createDocumentClient(config);
const streams = new DynamoDBStreamsClient({ endpoint: config.endpoint, region: config.region });
const { Aircraft, IngestionJob, JobRowError } = createEntities(createTables(documentClient, config));
afterAll(() => {
  documentClient.destroy();
  client.destroy();
  streams.destroy();
});

const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const uniqueNNumber = () => `9${Array.from({ length: 4 }, () => BASE36[Math.floor(Math.random() * 36)]).join('')}`;
const operator = { actor: { type: 'user' as const, id: 'operator-42' }, correlationId: 'req-it-1' };
const ingestion = { actor: { type: 'service' as const, id: 'ingestion' }, correlationId: 'req-it-2' };
const aircraftInput = (nNumber: string) => ({
  nNumber,
  serialNumber: '17270',
  mfrMdlCode: '2072738',
  engMfrMdl: '41514',
  yearMfr: 1998,
  typeRegistrant: '1',
  registrant: { name: 'Smith Aviation LLC', city: 'WICHITA', state: 'KS' },
  expirationDate: '2027-01-31',
  certification: '1T',
  typeAircraft: '4',
  typeEngine: '1',
  statusCode: 'V',
  otherNames: [],
  uniqueId: '00000001',
});

const partitionOf = (record: DynamoDBRecord) => unmarshall((record.dynamodb?.Keys ?? {}) as Record<string, never>)['PK'] as string;
const ofPartitions = (records: DynamoDBRecord[], partitions: readonly string[]) => records.filter((record) => partitions.includes(partitionOf(record)));

describe('stream bridge on real DynamoDB Local streams', () => {
  it('turns aircraft and job writes made through the table library into the documented events', async () => {
    // Prepare / Act: real writes through dynamodb-toolbox, as the apps make them.
    const deleted = uniqueNNumber();
    const soft = uniqueNNumber();
    const jobId = `job-${randomUUID()}`;

    await createItem(Aircraft, aircraftInput(deleted), operator);
    await updateItem(Aircraft, { nNumber: deleted }, { statusCode: 'T' }, { ...operator, expectedVersion: 1 });
    await updateItem(Aircraft, { nNumber: deleted }, {}, { ...operator, expectedVersion: 2 }); // stamps only
    await softDeleteItem(Aircraft, { nNumber: deleted }, { ...operator, expectedVersion: 3 });
    await Aircraft.build(DeleteItemCommand).key({ nNumber: deleted }).send();

    // TTL expiry itself is covered by unit tests: DynamoDB Local did not expire items here (see README).
    await createItem(Aircraft, aircraftInput(soft), operator);
    await softDeleteItem(Aircraft, { nNumber: soft }, { ...operator, expectedVersion: 1 });

    const files = [{ kind: 'MASTER' as const, name: 'MASTER.txt', key: `uploads/${jobId}/MASTER.txt`, bytes: 4096 }];
    await createItem(IngestionJob, { jobId, status: 'QUEUED', dataset: { files }, startedBy: operator.actor }, ingestion);
    await updateItem(IngestionJob, { jobId }, { status: 'RUNNING', startedAt: new Date().toISOString() }, { ...ingestion, expectedVersion: 1 });
    await createItem(JobRowError, { jobId, fileIndex: 0, line: 7, field: 'YEAR MFR', file: 'MASTER.txt', reason: 'not a number' }, ingestion);
    const counts = { read: 10, written: 9, unchanged: 0, rejected: 1, duplicates: 0, skipped: 0 };
    await updateItem(IngestionJob, { jobId }, { counts: { ...counts, read: 5 }, percent: 50, bytesRead: 2048 }, { ...ingestion, expectedVersion: 2 });
    await updateItem(IngestionJob, { jobId }, { status: 'COMPLETED', counts, finishedAt: new Date().toISOString() }, { ...ingestion, expectedVersion: 3 });

    const coreRecords = ofPartitions(await readLambdaStreamRecords(client, streams, config.tableNames.CoreTable), [`AIRCRAFT#${deleted}`, `AIRCRAFT#${soft}`]);
    const jobRecords = ofPartitions(await readLambdaStreamRecords(client, streams, config.tableNames.JobsTable), [`JOB#${jobId}`]);
    const bus = fakeBus();
    const bridge = createStreamBridge({ tables: bridgedTablesFromEnv(), publisher: bus.publisher, logger: recordingLogger().logger });

    const results = [await bridge(coreRecords), await bridge(jobRecords)];

    // Assess
    expect(results.map((result) => result.batchItemFailures)).toEqual([[], []]);
    const eventsOf = (id: string) => bus.published.filter((event) => event.entityId === id).map((event) => event.detailType);
    expect(eventsOf(deleted)).toEqual(['AircraftRegistered', 'AircraftUpdated', 'AircraftDeregistered', 'AircraftPurged']);
    expect(eventsOf(soft)).toEqual(['AircraftRegistered', 'AircraftDeregistered']);
    expect(eventsOf(jobId)).toEqual(['IngestionJobStarted', 'IngestionJobCompleted']);

    const details = bus.mock
      .calls()
      .flatMap((call) => ((call.args[0].input as { Entries: { Detail: string }[] }).Entries ?? []).map((entry) => JSON.parse(entry.Detail)));
    const purges = details.filter((detail) => detail.metadata.entity.type === 'Aircraft' && 'reason' in detail);
    expect(purges.map((detail) => [detail.metadata.entity.id, detail.reason, detail.metadata.actor])).toEqual([[deleted, 'deleted', operator.actor]]);
    const updated = details.find((detail) => detail.metadata.entity.id === deleted && detail.changes);
    expect(updated.changes).toEqual({ statusCode: { old: 'V', new: 'T' } });
    const completed = details.find((detail) => detail.metadata.entity.id === jobId && detail.counts);
    expect(completed).toMatchObject({ counts, metadata: { correlationId: 'req-it-2', actor: ingestion.actor, entity: { version: 4 } } });

    // A redelivered batch yields the same event ids (consumers deduplicate on them).
    const firstIds = bus.published.map((event) => event.eventId);
    await bridge(coreRecords);
    await bridge(jobRecords);
    expect(bus.published.slice(firstIds.length).map((event) => event.eventId)).toEqual(firstIds);
  });
});
