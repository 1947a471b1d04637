import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { JavaNotFoundError, PortInUseError } from '../errors';
import { isProcessAlive } from '../process';
import { listInstances } from '../registry';
import { startDynamoDbLocal } from './start-dynamodb-local';
import { LOCAL_CREDENTIALS } from './wait-until-ready';

const clientFor = (endpoint: string): DynamoDBClient =>
  new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS });

describe('startDynamoDbLocal', () => {
  it('starts an emulator that answers, refuses a second one on its port, and stops without a trace', async () => {
    const lines: string[] = [];
    const ddb = await startDynamoDbLocal({ log: (line) => lines.push(line) });
    const client = clientFor(ddb.endpoint);
    try {
      expect(ddb.endpoint).toBe(`http://127.0.0.1:${ddb.port}`);
      expect(isProcessAlive(ddb.pid)).toBe(true);
      await expect(client.send(new ListTablesCommand({}))).resolves.toMatchObject({ TableNames: [] });
      expect(lines).toContain('Initializing DynamoDB Local with the following configuration:');
      expect(listInstances().find((entry) => entry.javaPid === ddb.pid)).toMatchObject({ ownerPid: process.pid, port: ddb.port });

      const error = await startDynamoDbLocal({ port: ddb.port }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PortInUseError);
      expect((error as Error).message).toContain(`Port ${ddb.port} is already in use`);
    } finally {
      client.destroy();
      await ddb.stop();
    }

    expect(isProcessAlive(ddb.pid)).toBe(false);
    await expect(ddb.exited).resolves.toBeDefined();
    expect(listInstances().some((entry) => entry.javaPid === ddb.pid)).toBe(false);
    await expect(ddb.stop()).resolves.toBeUndefined();
  });

  it('keeps a table across a restart when persisted', async () => {
    const persistDir = join(mkdtempSync(join(tmpdir(), 'ddb-persist-')), 'created-on-start');
    try {
      const first = await startDynamoDbLocal({ persistDir });
      const firstClient = clientFor(first.endpoint);
      try {
        await firstClient.send(
          new CreateTableCommand({
            TableName: 'Kept',
            BillingMode: 'PAY_PER_REQUEST',
            AttributeDefinitions: [{ AttributeName: 'PK', AttributeType: 'S' }],
            KeySchema: [{ AttributeName: 'PK', KeyType: 'HASH' }],
          }),
        );
      } finally {
        firstClient.destroy();
        await first.stop();
      }

      const second = await startDynamoDbLocal({ persistDir });
      const secondClient = clientFor(second.endpoint);
      try {
        expect(second.persistDir).toBe(persistDir);
        await expect(secondClient.send(new DescribeTableCommand({ TableName: 'Kept' }))).resolves.toMatchObject({
          Table: { TableName: 'Kept', TableStatus: 'ACTIVE' },
        });
      } finally {
        secondClient.destroy();
        await second.stop();
      }
      expect(isProcessAlive(second.pid)).toBe(false);
    } finally {
      rmSync(join(persistDir, '..'), { recursive: true, force: true });
    }
  });

  it('fails with a precise JavaNotFoundError, and starts nothing, when Java is missing', async () => {
    const javaBin = join(tmpdir(), 'no-such-jdk', 'bin', 'java');
    const before = listInstances().length;

    const error = await startDynamoDbLocal({ javaBin }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(JavaNotFoundError);
    expect((error as Error).message).toMatch(
      new RegExp(`^Java not found: "${javaBin}" \\(from the javaBin option\\)\\. DynamoDB Local needs Java 17 or newer\\.`),
    );
    expect((error as Error).message).toContain('apt-get install openjdk-17-jre-headless');
    expect(listInstances()).toHaveLength(before);
  });

  it('rejects a port that is not a TCP port before starting anything', async () => {
    await expect(startDynamoDbLocal({ port: 70_000 })).rejects.toThrow('Invalid `port`: 70000; expected an integer between 1 and 65535.');
  });
});
