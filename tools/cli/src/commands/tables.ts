import { DescribeTableCommand, DescribeTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { readRuntimeState } from '@aircraftops/local-runtime';
import { createDynamoDbClient, TABLE_NAME_ENV, tableSpecs } from '@aircraftops/tables';
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
      const client = createDynamoDbClient({ endpoint, region });
      // The variable when set, else what the running platform reports, else the local platform's naming.
      const running = readRuntimeState()?.tableNames ?? {};
      const described = [];
      for (const spec of tableSpecs) {
        const tableName = process.env[TABLE_NAME_ENV[spec.logicalName]] || running[spec.logicalName] || spec.logicalName;
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
