import type { TableName } from './table-name';

/**
 * DynamoDB actions a function may be granted, as IAM names them (without the `dynamodb:` prefix).
 * A `TransactWriteItems` request needs the action of each of its parts (`PutItem`, `UpdateItem`,
 * `DeleteItem`, `ConditionCheckItem`) on each part's table, as IAM evaluates it.
 */
export const DYNAMODB_ACTIONS = [
  'GetItem',
  'BatchGetItem',
  'Query',
  'ConditionCheckItem',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
] as const;

export type DynamoDbAction = (typeof DYNAMODB_ACTIONS)[number];

/** Actions that only read. @example READ_ACTIONS.includes('Query') // true */
export const READ_ACTIONS: readonly DynamoDbAction[] = ['GetItem', 'BatchGetItem', 'Query', 'ConditionCheckItem'];

/**
 * One table's grant: `actions` on the table itself, and `Query` on each of `indexes`.
 * @example
 * const grant: TableAccess = { table: 'CoreTable', actions: ['GetItem', 'Query'], indexes: ['GSI2'] };
 */
export interface TableAccess {
  readonly table: TableName;
  readonly actions: readonly DynamoDbAction[];
  /** Indexes the function queries (IAM resource `table/<name>/index/<index>`). */
  readonly indexes?: readonly string[];
}

/** The platform's buckets by role; the physical names come from configuration. */
export type BucketRole = 'datasets';

/**
 * Object-store access under one key prefix of one bucket. Locally the bucket is a folder of the
 * platform's home (`AIRCRAFTOPS_DATA_DIR`).
 * @example
 * const grant: ObjectAccess = { bucket: 'datasets', prefix: '', read: true };
 */
export interface ObjectAccess {
  readonly bucket: BucketRole;
  /** Key prefix ('' = the whole bucket). */
  readonly prefix: string;
  readonly read?: boolean;
  readonly write?: boolean;
}

/** The platform's Firehose delivery streams by logical name; the physical names come from the CDK. */
export const DELIVERY_STREAM_NAMES = ['audit-analytics'] as const;

export type DeliveryStreamName = (typeof DELIVERY_STREAM_NAMES)[number];

/**
 * `firehose:PutRecordBatch` and `firehose:PutRecord` on one delivery stream. Locally there is no Firehose:
 * the function gets the platform's data folder instead (its sink writes NDJSON files there).
 * @example
 * const grant: FirehoseAccess = { stream: 'audit-analytics' };
 */
export interface FirehoseAccess {
  readonly stream: DeliveryStreamName;
}

/**
 * Everything a function may call. Both the local runtime (which rejects anything else with an
 * `AccessDeniedException`) and the CDK (which generates the function's IAM policy) read it.
 * @example
 * const access: AccessDeclaration = {
 *   tables: [{ table: 'CoreTable', actions: ['GetItem', 'Query'], indexes: ['GSI2'] }],
 *   putEvents: { sources: ['aircraftops.aircraft'] },
 * };
 */
export interface AccessDeclaration {
  readonly tables?: readonly TableAccess[];
  /** `events:PutEvents` on the platform bus, only with these `source` values. */
  readonly putEvents?: { readonly sources: readonly string[] };
  readonly objects?: readonly ObjectAccess[];
  /** Records put into these delivery streams (analytics export). */
  readonly firehose?: readonly FirehoseAccess[];
}
