import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';

import { type TableSpec, tableSpecs } from '../specs';
import type { DynamoDbConfig } from './dynamodb-config';
import { toCreateTableInput } from './to-create-table-input';

const tableExists = async (client: DynamoDBClient, tableName: string): Promise<boolean> => {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return true;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return false;
    throw error;
  }
};

const ensureTimeToLive = async (client: DynamoDBClient, tableName: string, attribute: string): Promise<void> => {
  const { TimeToLiveDescription } = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  if (TimeToLiveDescription?.TimeToLiveStatus === 'ENABLED' && TimeToLiveDescription.AttributeName === attribute) return;
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: attribute, Enabled: true },
    }),
  );
};

/**
 * Creates every table that does not exist yet, from its spec, and enables its TTL. Idempotent: with a
 * persisted DynamoDB Local the tables (and their data) of the previous run are kept.
 * @returns the logical names of the tables it created.
 */
export const ensureTables = async (
  client: DynamoDBClient,
  config: DynamoDbConfig,
  specs: readonly TableSpec[] = tableSpecs,
): Promise<TableSpec['logicalName'][]> => {
  const created: TableSpec['logicalName'][] = [];
  for (const spec of specs) {
    const tableName = config.tableNames[spec.logicalName];
    if (!(await tableExists(client, tableName))) {
      await client.send(new CreateTableCommand(toCreateTableInput(spec, tableName)));
      await waitUntilTableExists({ client, maxWaitTime: 60, minDelay: 1 }, { TableName: tableName });
      created.push(spec.logicalName);
    }
    await ensureTimeToLive(client, tableName, spec.timeToLiveAttribute);
  }
  return created;
};
