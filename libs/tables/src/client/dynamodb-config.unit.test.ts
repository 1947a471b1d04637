import { runInFunctionScope } from '@aircraftops/lambda-kit/src/runtime';

import { documentClientFor } from './create-document-client';
import { dynamoDbConfigFromEnv, dynamoDbEndpointFromEnv, tableNameFromEnv } from './dynamodb-config';

describe('DynamoDB configuration from the environment', () => {
  it('requires each table name, naming the variable: nothing defaults to a logical name', () => {
    expect(() => tableNameFromEnv('CoreTable', {})).toThrow(
      expect.objectContaining({ code: 'configuration', message: 'Missing required environment variable AIRCRAFTOPS_CORE_TABLE' }),
    );
    expect(() => dynamoDbConfigFromEnv({ AIRCRAFTOPS_CORE_TABLE: 'c', AIRCRAFTOPS_JOBS_TABLE: 'j' })).toThrow('AIRCRAFTOPS_AUDIT_TABLE');
    expect(tableNameFromEnv('JobsTable', { AIRCRAFTOPS_JOBS_TABLE: 'prod-Jobs' })).toBe('prod-Jobs');
  });

  it('reads the current function’s environment, not the process’s, inside a function scope', () => {
    const env = { AIRCRAFTOPS_CORE_TABLE: 'scoped-Core', AWS_REGION: 'eu-west-1', AIRCRAFTOPS_DYNAMODB_ENDPOINT: 'http://127.0.0.1:1' };

    runInFunctionScope({ name: 'f', env }, () => {
      expect(tableNameFromEnv('CoreTable')).toBe('scoped-Core');
      expect(() => tableNameFromEnv('AuditEventsTable')).toThrow('AIRCRAFTOPS_AUDIT_TABLE');
      expect(dynamoDbEndpointFromEnv()).toEqual({ region: 'eu-west-1', endpoint: 'http://127.0.0.1:1' });
    });
  });

  it('shares one DocumentClient per region and endpoint', () => {
    const a = documentClientFor({ region: 'us-east-1', endpoint: 'http://127.0.0.1:1' });

    expect(documentClientFor({ region: 'us-east-1', endpoint: 'http://127.0.0.1:1' })).toBe(a);
    expect(documentClientFor({ region: 'us-east-1', endpoint: 'http://127.0.0.1:2' })).not.toBe(a);
  });
});
