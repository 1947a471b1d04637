import { DescribeTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';

import { dynamoDbConfigFromEnv, tableSpecs } from '@aircraftops/tables';

import { WARM_UP_KEY } from '../tables';

// These tests run against the emulator that global-setup.js started for this very test run.
describe('the Jest integration harness', () => {
  const config = dynamoDbConfigFromEnv();
  const client = new DynamoDBClient({ endpoint: config.endpoint, region: config.region });
  const streams = new DynamoDBStreamsClient({ endpoint: config.endpoint, region: config.region });
  afterAll(() => {
    client.destroy();
    streams.destroy();
  });

  it('gives every test process the endpoint and local credentials', () => {
    expect(process.env['AIRCRAFTOPS_DYNAMODB_ENDPOINT']).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(process.env['AWS_REGION']).toBe('us-east-1');
    expect(process.env['AWS_ACCESS_KEY_ID']).toBe('local');
    expect(process.env['AWS_SECRET_ACCESS_KEY']).toBe('local');
  });

  it('creates the three tables from their specs', async () => {
    const { TableNames } = await client.send(new ListTablesCommand({}));

    expect(TableNames).toEqual(expect.arrayContaining(Object.values(config.tableNames)));
  });

  const firstShard = async (streamArn: string | undefined): Promise<string | undefined> => {
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    return StreamDescription?.Shards?.[0]?.ShardId;
  };

  it.each(tableSpecs.map((spec) => [spec.logicalName, spec] as const))(
    'has already written and deleted the warm-up item in %s, so its stream has a first write',
    async (_name, spec) => {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: config.tableNames[spec.logicalName] }));
      const streamArn = Table?.LatestStreamArn;
      const { ShardIterator } = await streams.send(
        new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: await firstShard(streamArn), ShardIteratorType: 'TRIM_HORIZON' }),
      );
      const { Records } = await streams.send(new GetRecordsCommand({ ShardIterator, Limit: 2 }));

      expect(Records?.map((record) => [record.eventName, record.dynamodb?.Keys?.[spec.partitionKey]?.S])).toEqual([
        ['INSERT', WARM_UP_KEY],
        ['REMOVE', WARM_UP_KEY],
      ]);
    },
  );
});
