import type { TableSpec } from '../specs';

type Env = Record<string, string | undefined>;

/** Where the tables live. In the cloud only the names (and region) are set; locally the endpoint too. */
export interface DynamoDbConfig {
  readonly region: string;
  /** DynamoDB Local's URL; undefined in the cloud. */
  readonly endpoint?: string;
  readonly tableNames: Readonly<Record<TableSpec['logicalName'], string>>;
}

/** The environment variables every process (Lambda, local runtime, CLI, tests) reads. */
export const DYNAMODB_ENV = {
  endpoint: 'AIRCRAFTOPS_DYNAMODB_ENDPOINT',
  coreTable: 'AIRCRAFTOPS_CORE_TABLE',
  jobsTable: 'AIRCRAFTOPS_JOBS_TABLE',
  auditTable: 'AIRCRAFTOPS_AUDIT_TABLE',
} as const;

/**
 * Reads the DynamoDB configuration from the environment, with the logical table names as defaults.
 * @example
 * const config = dynamoDbConfigFromEnv(); // { region: 'us-east-1', tableNames: { CoreTable: 'CoreTable', ... } }
 */
export const dynamoDbConfigFromEnv = (env: Env = process.env): DynamoDbConfig => ({
  region: env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'] ?? 'us-east-1',
  endpoint: env[DYNAMODB_ENV.endpoint] || undefined,
  tableNames: {
    CoreTable: env[DYNAMODB_ENV.coreTable] || 'CoreTable',
    JobsTable: env[DYNAMODB_ENV.jobsTable] || 'JobsTable',
    AuditEventsTable: env[DYNAMODB_ENV.auditTable] || 'AuditEventsTable',
  },
});
