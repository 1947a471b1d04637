import { DeleteCommand, type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';

// Types only: the launcher's entry point must load even when the tables library cannot (work in progress).
import type { DynamoDbConfig, TableSpec } from '@aircraftops/tables';

/**
 * The partition and sort key value of the warm-up item. Each stream table gets one INSERT and one REMOVE
 * record with this key at start-up; stream consumers reading from TRIM_HORIZON should skip it.
 */
export const WARM_UP_KEY = '__aircraftops_warm_up__';

/**
 * Writes and deletes one item in every stream-enabled table. DynamoDB Local writes to a stream table whose
 * first write comes after many stream records exist elsewhere in the instance are slow for good (≈ 170
 * items/s instead of ≈ 2,000; see toolchain-notes.md), so every stream table gets its first write at once.
 * @returns the physical names of the tables warmed up.
 * @example
 * await ensureTables(createDynamoDbClient(config), config);
 * await warmUpStreamTables(createDocumentClient(config), config, tableSpecs);
 */
export const warmUpStreamTables = async (
  documentClient: DynamoDBDocumentClient,
  config: DynamoDbConfig,
  specs: readonly TableSpec[],
): Promise<string[]> => {
  const warmed: string[] = [];
  for (const spec of specs.filter((tableSpec) => tableSpec.streamViewType !== undefined)) {
    const tableName = config.tableNames[spec.logicalName];
    const key = { [spec.partitionKey]: WARM_UP_KEY, [spec.sortKey]: WARM_UP_KEY };
    await documentClient.send(new PutCommand({ TableName: tableName, Item: key }));
    await documentClient.send(new DeleteCommand({ TableName: tableName, Key: key }));
    warmed.push(tableName);
  }
  return warmed;
};
