import type { BucketRole, DeliveryStreamName, TableName } from '@aircraftops/declarations';

const ROOT = '/aircraftops/platform';

/**
 * The SSM parameter names the platform stack publishes and the app stacks read: the only way an app
 * stack learns a physical name or ARN, so nothing is hard-coded and each stack deploys on its own.
 * @example
 * PLATFORM_PARAMETERS.tableName('CoreTable'); // '/aircraftops/platform/tables/CoreTable/name'
 */
export const PLATFORM_PARAMETERS = {
  tableName: (table: TableName) => `${ROOT}/tables/${table}/name`,
  tableStreamArn: (table: TableName) => `${ROOT}/tables/${table}/stream-arn`,
  busName: `${ROOT}/events/bus-name`,
  busArn: `${ROOT}/events/bus-arn`,
  bucketName: (bucket: BucketRole) => `${ROOT}/buckets/${bucket}/name`,
  deliveryStreamName: (stream: DeliveryStreamName) => `${ROOT}/firehose/${stream}/name`,
  dataKeyArn: `${ROOT}/kms/data-key-arn`,
  userPoolId: `${ROOT}/cognito/user-pool-id`,
  userPoolClientId: `${ROOT}/cognito/user-pool-client-id`,
  jwtIssuerUrl: `${ROOT}/cognito/issuer-url`,
} as const;
