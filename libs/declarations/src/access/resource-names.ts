import type { BucketRole, DeliveryStreamName } from './access-declaration';
import type { TableName } from './table-name';

/**
 * The physical names behind the logical ones, and where they live. Locally plain strings; in the CDK
 * the same fields hold tokens, so one derivation serves both.
 * @example
 * const names: ResourceNames = { partition: 'aws', region: 'us-east-1', account: '123456789012',
 *   tables: { CoreTable: 'CoreTable', JobsTable: 'JobsTable', AuditEventsTable: 'AuditEventsTable' },
 *   busName: 'aircraftops', buckets: { datasets: 'aircraftops-datasets' } };
 */
export interface ResourceNames {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  readonly tables: Readonly<Record<TableName, string>>;
  readonly busName: string;
  readonly buckets: Readonly<Record<BucketRole, string>>;
  /**
   * Physical names of the delivery streams. Optional only so that names written before the streams existed
   * keep compiling; absent, a stream goes by its logical name (`deliveryStreamNameOf`).
   */
  readonly deliveryStreams?: Readonly<Record<DeliveryStreamName, string>>;
}

/** `arn:aws:dynamodb:<region>:<account>:table/<name>`. @example tableArn(names, 'CoreTable') */
export const tableArn = (names: ResourceNames, table: TableName): string => tableArnOfName(names, names.tables[table]);

/** The ARN of a table by physical name (a name that is already an ARN is kept). */
export const tableArnOfName = (names: Pick<ResourceNames, 'partition' | 'region' | 'account'>, name: string): string =>
  name.startsWith('arn:') ? name : `arn:${names.partition}:dynamodb:${names.region}:${names.account}:table/${name}`;

/** `…:table/<name>/index/<index>`. @example indexArn(names, 'CoreTable', 'GSI2') */
export const indexArn = (names: ResourceNames, table: TableName, index: string): string => `${tableArn(names, table)}/index/${index}`;

/** The bus ARN, from a name or an ARN (`default` when absent, as PutEvents does). */
export const eventBusArn = (names: Pick<ResourceNames, 'partition' | 'region' | 'account'>, busNameOrArn = 'default'): string =>
  busNameOrArn.startsWith('arn:') ? busNameOrArn : `arn:${names.partition}:events:${names.region}:${names.account}:event-bus/${busNameOrArn}`;

/** An object (or prefix pattern) ARN: `arn:aws:s3:::<bucket>/<key>`. */
export const objectArn = (names: Pick<ResourceNames, 'partition'>, bucket: string, key: string): string => `arn:${names.partition}:s3:::${bucket}/${key}`;

/** A delivery stream's physical name (its logical name when `names` has none). @example deliveryStreamNameOf(names, 'audit-analytics') */
export const deliveryStreamNameOf = (names: Pick<ResourceNames, 'deliveryStreams'>, stream: DeliveryStreamName): string => names.deliveryStreams?.[stream] ?? stream;

/** `arn:aws:firehose:<region>:<account>:deliverystream/<name>`, from a physical name (an ARN is kept). */
export const deliveryStreamArnOfName = (names: Pick<ResourceNames, 'partition' | 'region' | 'account'>, name: string): string =>
  name.startsWith('arn:') ? name : `arn:${names.partition}:firehose:${names.region}:${names.account}:deliverystream/${name}`;

/** The ARN of a declared delivery stream. @example deliveryStreamArn(names, 'audit-analytics') */
export const deliveryStreamArn = (names: ResourceNames, stream: DeliveryStreamName): string => deliveryStreamArnOfName(names, deliveryStreamNameOf(names, stream));
