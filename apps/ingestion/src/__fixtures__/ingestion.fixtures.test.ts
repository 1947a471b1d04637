import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { icaoAddressFromNNumber } from '@aircraftops/registry';
import { createCoreEntities, createDocumentClient, createDynamoDbClient, createJobsEntities, createTables, dynamoDbConfigFromEnv } from '@aircraftops/tables';

import { DynamoCoreDeltaWriter, DynamoJobStore, DynamoReferenceStore, LocalDatasetStore } from '../adapters';
import type { IngestionDeps } from '../use-cases';

export const FIXTURES_DIR = join(__dirname, '../../fixtures/faa-registry');

/** Ports wired to the DynamoDB Local of the Jest global setup, datasets read from `dataDir`. */
export const connectDeps = (dataDir: string) => {
  const config = dynamoDbConfigFromEnv();
  const documentClient = createDocumentClient(config);
  const tables = createTables(documentClient, config);
  const core = createCoreEntities(tables.CoreTable);
  const jobsEntities = createJobsEntities(tables.JobsTable);
  const deps: IngestionDeps = {
    jobs: new DynamoJobStore(jobsEntities),
    writer: new DynamoCoreDeltaWriter(core),
    references: new DynamoReferenceStore(core),
    datasets: new LocalDatasetStore(dataDir),
  };
  return { deps, core, jobsEntities, documentClient, tables, config };
};

export const tempDataDir = () => mkdtemp(join(tmpdir(), 'ingestion-it-'));

/** The fixture's MASTER data lines (without the header), as written in the file. */
export const fixtureMasterLines = async (): Promise<{ header: string; lines: string[] }> => {
  const text = await readFile(join(FIXTURES_DIR, 'MASTER.txt'), 'utf8');
  const [header = '', ...lines] = text.split('\r\n').filter((line) => line !== '');
  return { header, lines };
};

/**
 * A fixture MASTER line re-keyed to `nNumber` (Mode S octal and hex recomputed so it stays valid),
 * so tests sharing one emulator never touch each other's aircraft.
 */
export const rekeyMasterLine = (line: string, nNumber: string): string => {
  const fields = line.split(',');
  const hex = icaoAddressFromNNumber(nNumber);
  fields[0] = nNumber.padEnd(5);
  fields[21] = Number.parseInt(hex, 16).toString(8).padStart(8, '0');
  fields[33] = hex.padEnd(10);
  return fields.join(',');
};

/** Distinct N-numbers `7<series><3 digits>` (the fixture has no N-number starting with 7). */
export const seriesNNumber = (series: number, index: number): string => `7${series}${String(index).padStart(3, '0')}`;

export const writeDataFile = async (dir: string, name: string, header: string, lines: readonly string[], ending = '\r\n') => {
  await writeFile(join(dir, name), `${header}${ending}${lines.map((line) => `${line}${ending}`).join('')}`);
};

/** Every record currently in CoreTable's stream (DynamoDB Local: one shard that never closes). */
export const countStreamRecords = async (tableName: string): Promise<number> => {
  const config = dynamoDbConfigFromEnv();
  const { Table } = await createDynamoDbClient(config).send(new DescribeTableCommand({ TableName: tableName }));
  const streams = new DynamoDBStreamsClient({ region: config.region, endpoint: config.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: Table?.LatestStreamArn }));
  let count = 0;
  for (const shard of StreamDescription?.Shards ?? []) {
    let { ShardIterator: iterator } = await streams.send(
      new GetShardIteratorCommand({ StreamArn: Table?.LatestStreamArn, ShardId: shard.ShardId, ShardIteratorType: 'TRIM_HORIZON' }),
    );
    while (iterator) {
      const { Records = [], NextShardIterator } = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
      count += Records.length;
      if (Records.length === 0) break;
      iterator = NextShardIterator;
    }
  }
  streams.destroy();
  return count;
};
