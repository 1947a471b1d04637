import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';

import { runInFunctionScope } from './function-scope';
import { guardClient } from './guard-client';

// An unreachable endpoint: a request that passes the guard fails later with a network error instead.
const client = () =>
  new DynamoDBClient({ region: 'us-east-1', endpoint: 'http://127.0.0.1:9', maxAttempts: 1, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });

class Denied extends Error {}

describe('guardClient', () => {
  it('shows every request of a DocumentClient to the scope check, by DynamoDB operation name, before sending', async () => {
    const checked: unknown[] = [];
    const documents = DynamoDBDocumentClient.from(guardClient(client(), 'DynamoDB'));
    const checkAccess = (service: string, commandName: string, input: Readonly<Record<string, unknown>>) => {
      checked.push({ service, commandName, table: input['TableName'], index: input['IndexName'] });
      throw new Denied('no');
    };

    await runInFunctionScope({ name: 'f', env: {}, checkAccess }, async () => {
      await expect(documents.send(new PutCommand({ TableName: 'T', Item: { id: '1' } }))).rejects.toBeInstanceOf(Denied);
      await expect(documents.send(new QueryCommand({ TableName: 'T', IndexName: 'GSI1', KeyConditionExpression: 'a = :a' }))).rejects.toBeInstanceOf(
        Denied,
      );
    });

    expect(checked).toEqual([
      { service: 'DynamoDB', commandName: 'PutItemCommand', table: 'T', index: undefined },
      { service: 'DynamoDB', commandName: 'QueryCommand', table: 'T', index: 'GSI1' },
    ]);
  });

  it('checks nothing outside a function scope, and guards a client once however often it is asked', async () => {
    const guarded = guardClient(guardClient(client(), 'DynamoDB'), 'DynamoDB');
    let checks = 0;
    const request = () => guarded.send(new PutItemCommand({ TableName: 'T', Item: { id: { S: '1' } } }));

    await expect(request()).rejects.not.toBeInstanceOf(Denied);
    await runInFunctionScope({ name: 'f', env: {}, checkAccess: () => void (checks += 1) }, () => request().catch(() => undefined));

    expect(checks).toBe(1);
  });
});
