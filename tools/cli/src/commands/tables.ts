import { DescribeTableCommand, DescribeTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoDbClient, dynamoDbConfigFromEnv, tableSpecs } from '@aircraftops/tables';
import type { Command } from 'commander';

import { resolveDynamoDbEndpoint } from '../support/resolve-endpoints';
import { printJson } from '../support/print-json';

/** `aircraftops tables describe`: the live tables' DescribeTable + DescribeTimeToLive, as JSON. */
export const registerTablesCommands = (program: Command): void => {
  const tables = program.command('tables').description('Inspect the DynamoDB tables');
  tables
    .command('describe')
    .description('Print DescribeTable and DescribeTimeToLive of every table as JSON')
    .option('--endpoint <url>', 'DynamoDB endpoint (default: the running local platform)')
    .action(async (options: { endpoint?: string }) => {
      const { endpoint, region } = resolveDynamoDbEndpoint(options.endpoint);
      const config = { ...dynamoDbConfigFromEnv(), endpoint, region };
      const client = createDynamoDbClient(config);
      const described = [];
      for (const spec of tableSpecs) {
        const tableName = config.tableNames[spec.logicalName];
        const [{ Table }, { TimeToLiveDescription }] = await Promise.all([
          client.send(new DescribeTableCommand({ TableName: tableName })),
          client.send(new DescribeTimeToLiveCommand({ TableName: tableName })),
        ]);
        described.push({ logicalName: spec.logicalName, Table, TimeToLiveDescription });
      }
      printJson({ endpoint, tables: described });
      client.destroy();
    });
};
