import { documentClientFor, tableNameFromEnv } from '../client';
import { createCoreTable } from './create-tables';

/**
 * CoreTable bound to the environment's configuration (`AIRCRAFTOPS_CORE_TABLE`,
 * `AIRCRAFTOPS_DYNAMODB_ENDPOINT`, `AWS_REGION`), read at each request: nothing is pinned at module scope,
 * so functions sharing these modules locally each reach their own table, and a function that was not
 * given it fails naming the variable. The client is shared per region and endpoint. One module per
 * table: a bundle keeps only the tables (and specs) it uses.
 * @example
 * await CoreTable.build(QueryCommand).query(coreQueries.aircraftPartition('12345')).send();
 */
export const CoreTable = createCoreTable({ documentClient: () => documentClientFor(), tableName: () => tableNameFromEnv('CoreTable') });
