import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { warmUpStreamTables } from '@aircraftops/dynamodb-local';
import { type DynamoDbConfig, ensureTables, tableSpecs } from '@aircraftops/tables';

/**
 * Creates and warms up a fresh set of the three tables named `<prefix>-<logical name>` in one
 * DynamoDB Local, so each measured run writes into empty tables of its own.
 *
 * All sets must be created before the first bulk write: a stream table whose first write comes after
 * many stream records exist in the instance stays slow for good (toolchain-notes.md), which would
 * penalise whichever run happens to go last.
 *
 * @example
 * ```ts
 * const config = await createTableSet(client, documentClient, { region, endpoint }, 'baseline-1');
 * config.tableNames.CoreTable; // 'baseline-1-CoreTable'
 * ```
 */
export const createTableSet = async (
  client: DynamoDBClient,
  documentClient: DynamoDBDocumentClient,
  base: Pick<DynamoDbConfig, 'region' | 'endpoint'>,
  prefix: string,
): Promise<DynamoDbConfig> => {
  const config: DynamoDbConfig = {
    ...base,
    tableNames: {
      CoreTable: `${prefix}-CoreTable`,
      JobsTable: `${prefix}-JobsTable`,
      AuditEventsTable: `${prefix}-AuditEventsTable`,
    },
  };
  await ensureTables(client, config);
  await warmUpStreamTables(documentClient, config, tableSpecs);
  return config;
};
