import type { ResourceNames } from '../access/resource-names';
import type { TableName } from '../access/table-name';

/** The account id the local runtime puts in every ARN (AWS's documentation account). */
export const LOCAL_ACCOUNT_ID = '123456789012';

/** The bus every platform event goes to. */
export const LOCAL_BUS_NAME = 'aircraftops';

/**
 * The physical names and ARN parts of the local platform: a fixed local account, the given region, the
 * tables under their logical names unless told otherwise, the `aircraftops` bus and a datasets "bucket"
 * (locally a folder; its name only appears in ARNs) and the delivery streams under their logical names (no
 * Firehose locally: only their ARNs, which the access check evaluates).
 * @example
 * const names = localResourceNames({ region: 'us-east-1' });
 * tableArn(names, 'CoreTable'); // 'arn:aws:dynamodb:us-east-1:123456789012:table/CoreTable'
 */
export const localResourceNames = (options: { region: string; tables?: Partial<Record<TableName, string>> }): ResourceNames => ({
  partition: 'aws',
  region: options.region,
  account: LOCAL_ACCOUNT_ID,
  tables: { CoreTable: 'CoreTable', JobsTable: 'JobsTable', AuditEventsTable: 'AuditEventsTable', ...options.tables },
  busName: LOCAL_BUS_NAME,
  buckets: { datasets: 'aircraftops-datasets-local' },
  deliveryStreams: { 'audit-analytics': 'aircraftops-audit-analytics-local' },
});
