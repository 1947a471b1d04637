import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createCoreTable } from '@aircraftops/tables';
import { mockClient } from 'aws-sdk-client-mock';

import { WriteFailedError } from '../../domain/job';
import { batchGetExisting } from './batch-get-existing';
import type { RetryPolicy } from './retry-policy';

const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } }));
const table = createCoreTable({ documentClient, tableName: 'CoreTable' });
const policy: RetryPolicy = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => undefined };
const mock = mockClient(documentClient);
const key = (code: string) => ({ PK: `ENGINE#${code}`, SK: 'ENGINE' });
const stamp = (code: string, version: number) => ({ ...key(code), contentHash: `h-${code}`, version, createdAt: '2025-01-01T00:00:00.000Z' });

beforeEach(() => mock.reset());

describe('batchGetExisting', () => {
  it('answers in key order whatever order DynamoDB answers in, and re-asks only the unprocessed keys', async () => {
    mock
      .on(BatchGetCommand)
      .resolvesOnce({ Responses: { CoreTable: [stamp('00003', 4), stamp('00001', 2)] }, UnprocessedKeys: { CoreTable: { Keys: [key('00004')] } } })
      .resolves({ Responses: { CoreTable: [stamp('00004', 7)] } });

    const result = await batchGetExisting(table, [key('00001'), key('00002'), key('00003'), key('00004')], policy);

    expect(result).toEqual([
      { contentHash: 'h-00001', version: 2, createdAt: '2025-01-01T00:00:00.000Z' },
      undefined,
      { contentHash: 'h-00003', version: 4, createdAt: '2025-01-01T00:00:00.000Z' },
      { contentHash: 'h-00004', version: 7, createdAt: '2025-01-01T00:00:00.000Z' },
    ]);
    const calls = mock.commandCalls(BatchGetCommand).map((call) => call.args[0].input.RequestItems?.['CoreTable']);
    expect(calls.map((request) => request?.Keys)).toEqual([[key('00001'), key('00002'), key('00003'), key('00004')], [key('00004')]]);
    expect(calls[0]).toMatchObject({ ConsistentRead: true, ProjectionExpression: '#pk, #sk, #h, #v, #c' });
  });

  it('fails clearly when keys stay unprocessed after the last attempt', async () => {
    mock.on(BatchGetCommand).resolves({ UnprocessedKeys: { CoreTable: { Keys: [key('00001')] } } });
    await expect(batchGetExisting(table, [key('00001')], policy)).rejects.toThrow(WriteFailedError);
    expect(mock.commandCalls(BatchGetCommand)).toHaveLength(3);
  });
});
