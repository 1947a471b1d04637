import type { BucketRole, DeliveryStreamName } from '../access/access-declaration';
import type { TableName } from '../access/table-name';

/** The variable holding each table's physical name (libs/tables reads the same names). */
export const TABLE_ENV: Readonly<Record<TableName, string>> = {
  CoreTable: 'AIRCRAFTOPS_CORE_TABLE',
  JobsTable: 'AIRCRAFTOPS_JOBS_TABLE',
  AuditEventsTable: 'AIRCRAFTOPS_AUDIT_TABLE',
};

/** The variable holding each bucket's name in the cloud. */
export const BUCKET_ENV: Readonly<Record<BucketRole, string>> = { datasets: 'AIRCRAFTOPS_DATASET_BUCKET' };

/** The variable naming the platform bus for publishers. */
export const EVENT_BUS_ENV = 'AIRCRAFTOPS_EVENT_BUS';

/** Powertools' service name: the app. */
export const SERVICE_NAME_ENV = 'POWERTOOLS_SERVICE_NAME';

/** The variable holding each delivery stream's name in the cloud. */
export const DELIVERY_STREAM_ENV: Readonly<Record<DeliveryStreamName, string>> = { 'audit-analytics': 'AIRCRAFTOPS_ANALYTICS_STREAM' };
