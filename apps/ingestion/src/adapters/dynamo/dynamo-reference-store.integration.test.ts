import { createReadStream } from 'node:fs';
import { join } from 'node:path';

import { contentHash, type RegistryFileKind, type RegistryRecordOf } from '@aircraftops/registry';
import { createCoreEntities, createDocumentClient, createTables, dynamoDbConfigFromEnv } from '@aircraftops/tables';

import { FIXTURES_DIR } from '../../__fixtures__/ingestion.fixtures.test';
import { parseRegistryFile } from '../../domain/parsing';
import { DynamoCoreDeltaWriter } from './core-delta-writer.dynamo';
import { DynamoReferenceStore } from './dynamo-reference-store';

const config = dynamoDbConfigFromEnv();
const client = createDocumentClient(config);
const core = createCoreEntities(createTables(client, config).CoreTable);
const stamp = { jobId: 'job-references', correlationId: 'c-references', actor: { type: 'service' as const, id: 'ingestion' } };

afterAll(() => client.destroy());

/** The first `count` records of a fixture file. */
const firstRecords = async <K extends RegistryFileKind>(kind: K, file: string, count: number): Promise<RegistryRecordOf<K>[]> => {
  const records: RegistryRecordOf<K>[] = [];
  for await (const row of parseRegistryFile(createReadStream(join(FIXTURES_DIR, file)), { kind, fileName: file })) {
    if ('record' in row) records.push(row.record as RegistryRecordOf<K>);
    if (records.length === count) break;
  }
  return records;
};

describe('DynamoReferenceStore', () => {
  it('answers models and engines asked together, per kind, across BatchGets of 100 keys', async () => {
    const writer = new DynamoCoreDeltaWriter(core);
    // Fixture records under codes of their own (no other test's rows; the fixture has no code starting with Z).
    const engines = (await firstRecords('ENGINE', 'ENGINE.txt', 2)).map((record, index) => ({ ...record, code: `ZQ00${index}` }));
    const models = (await firstRecords('ACFTREF', 'ACFTREF.txt', 2)).map((record, index) => ({ ...record, code: `ZQM000${index}` }));
    await writer.write('ENGINE', engines.map((record, index) => ({ line: index + 2, record, hash: contentHash(record) })), stamp);
    await writer.write('ACFTREF', models.map((record, index) => ({ line: index + 2, record, hash: contentHash(record) })), stamp);
    const engineCodes = engines.map((record) => record.code);
    const modelCodes = models.map((record) => record.code);
    const missingModels = Array.from({ length: 60 }, (_, index) => `ZNM${String(index).padStart(4, '0')}`);
    const missingEngines = Array.from({ length: 60 }, (_, index) => `ZN${String(index).padStart(3, '0')}`);

    const found = await new DynamoReferenceStore(core).existing({
      AircraftModel: [...missingModels, ...modelCodes],
      EngineModel: [...engineCodes, ...missingEngines, ...engineCodes],
    });

    expect([...found.AircraftModel].sort()).toEqual([...modelCodes].sort());
    expect([...found.EngineModel].sort()).toEqual([...engineCodes].sort());
  });
});
