// Deep imports: the table library needs only these two light modules, not lambda-kit's middy stacks.
import { requireEnv } from '@aircraftops/lambda-kit/src/config';
import { currentEnv } from '@aircraftops/lambda-kit/src/runtime';

import type { TableSpec } from '../specs';

type Env = Readonly<Record<string, string | undefined>>;
type LogicalName = TableSpec['logicalName'];

/** Where the tables live. In the cloud only the names (and region) are set; locally the endpoint too. */
export interface DynamoDbConfig {
  readonly region: string;
  /** DynamoDB Local's URL; undefined in the cloud. */
  readonly endpoint?: string;
  readonly tableNames: Readonly<Record<LogicalName, string>>;
}

/** The service endpoint of a configuration: what one client serves (table names are per request). */
export type DynamoDbEndpoint = Pick<DynamoDbConfig, 'region' | 'endpoint'>;

/** The environment variables every process (Lambda, local runtime, CLI, tests) reads. */
export const DYNAMODB_ENV = {
  endpoint: 'AIRCRAFTOPS_DYNAMODB_ENDPOINT',
  coreTable: 'AIRCRAFTOPS_CORE_TABLE',
  jobsTable: 'AIRCRAFTOPS_JOBS_TABLE',
  auditTable: 'AIRCRAFTOPS_AUDIT_TABLE',
} as const;

/** The variable holding each table's physical name. */
export const TABLE_NAME_ENV: Readonly<Record<LogicalName, string>> = {
  CoreTable: DYNAMODB_ENV.coreTable,
  JobsTable: DYNAMODB_ENV.jobsTable,
  AuditEventsTable: DYNAMODB_ENV.auditTable,
};

/**
 * Region and endpoint from the environment (`AWS_REGION`, `AIRCRAFTOPS_DYNAMODB_ENDPOINT`). The region
 * defaults to us-east-1 (Lambda always sets `AWS_REGION`); no endpoint means AWS itself.
 * @example
 * dynamoDbEndpointFromEnv({ AWS_REGION: 'eu-west-1' }); // { region: 'eu-west-1', endpoint: undefined }
 */
export const dynamoDbEndpointFromEnv = (env: Env = currentEnv()): DynamoDbEndpoint => ({
  region: env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || 'us-east-1',
  endpoint: env[DYNAMODB_ENV.endpoint] || undefined,
});

/**
 * One table's physical name from the environment of the current function, read per request.
 * @throws ConfigurationError naming the variable when it is unset: a function that was not given a
 * table must not silently fall back to a logical name (which would be another stage's table, or none).
 * @example
 * tableNameFromEnv('CoreTable', { AIRCRAFTOPS_CORE_TABLE: 'prod-CoreTable' }); // 'prod-CoreTable'
 */
export const tableNameFromEnv = (table: LogicalName, env: Env = currentEnv()): string => requireEnv(TABLE_NAME_ENV[table], env);

/**
 * The whole DynamoDB configuration from the environment, every table name required (tools, scripts and
 * tests that work on all three tables; a function reads only its own tables with `tableNameFromEnv`).
 * @throws ConfigurationError naming the first missing table variable.
 * @example
 * const config = dynamoDbConfigFromEnv(); // { region: 'us-east-1', tableNames: { CoreTable: 'CoreTable', ... } }
 */
export const dynamoDbConfigFromEnv = (env: Env = currentEnv()): DynamoDbConfig => ({
  ...dynamoDbEndpointFromEnv(env),
  tableNames: {
    CoreTable: tableNameFromEnv('CoreTable', env),
    JobsTable: tableNameFromEnv('JobsTable', env),
    AuditEventsTable: tableNameFromEnv('AuditEventsTable', env),
  },
});
