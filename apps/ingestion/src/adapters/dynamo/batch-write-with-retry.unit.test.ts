import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createCoreEntities, createCoreTable } from '@aircraftops/tables';
import { mockClient } from 'aws-sdk-client-mock';
import { BatchPutRequest } from 'dynamodb-toolbox';

import { WriteFailedError } from '../../domain/job';
import { batchWriteWithRetry } from './batch-write-with-retry';
import type { RetryPolicy } from './retry-policy';

const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } }));
const table = createCoreTable({ documentClient, tableName: 'CoreTable' });
const { EngineModel } = createCoreEntities(table);
const stamps = { version: 1, updatedBy: { type: 'service' as const, id: 'ingestion' }, correlationId: 'c' };
const request = (code: string) =>
  new BatchPutRequest(EngineModel, { code, manufacturer: 'A', model: 'B', type: '1', ...stamps }) as unknown as BatchPutRequest;
const delays: number[] = [];
const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.5, sleep: async (ms) => void delays.push(ms) };
const mock = mockClient(documentClient);

beforeEach(() => {
  mock.reset();
  delays.length = 0;
});

describe('batchWriteWithRetry', () => {
  it('re-sends only the unprocessed items, with growing jittered delays', async () => {
    const requests = [request('00001'), request('00002'), request('00003')];
    const second = requests[1]?.params();
    mock
      .on(BatchWriteCommand)
      .resolvesOnce({ UnprocessedItems: { CoreTable: [second as never] } })
      .resolvesOnce({ UnprocessedItems: { CoreTable: [second as never] } })
      .resolves({});

    await batchWriteWithRetry(table, requests, policy);

    const calls = mock.commandCalls(BatchWriteCommand);
    expect(calls.map((call) => call.args[0].input.RequestItems?.['CoreTable']?.length)).toEqual([3, 1, 1]);
    expect(calls[2]?.args[0].input.RequestItems?.['CoreTable']?.[0]?.PutRequest?.Item?.['PK']).toBe('ENGINE#00002');
    expect(delays).toEqual([100, 200]);
  });

  it('retries a throttled request and fails clearly once attempts run out', async () => {
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ProvisionedThroughputExceededException' });
    mock.on(BatchWriteCommand).rejectsOnce(throttled).resolves({});
    await batchWriteWithRetry(table, [request('00001')], policy);
    expect(mock.commandCalls(BatchWriteCommand)).toHaveLength(2);

    mock.reset();
    mock.on(BatchWriteCommand).resolves({ UnprocessedItems: { CoreTable: [request('00001').params() as never] } });
    await expect(batchWriteWithRetry(table, [request('00001')], policy)).rejects.toThrow(WriteFailedError);
    expect(mock.commandCalls(BatchWriteCommand)).toHaveLength(4);
  });

  it('does not retry a validation error', async () => {
    mock.on(BatchWriteCommand).rejects(Object.assign(new Error('bad'), { name: 'ValidationException' }));
    await expect(batchWriteWithRetry(table, [request('00001')], policy)).rejects.toThrow(WriteFailedError);
    expect(mock.commandCalls(BatchWriteCommand)).toHaveLength(1);
  });
});
