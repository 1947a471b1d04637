import { type CoreEntities, createCoreEntities, createCoreTable, documentClientFor, dynamoDbEndpointFromEnv, tableNameFromEnv } from '@aircraftops/tables';

import { type Env, envSource } from './env-source';

/**
 * The CoreTable entities; table name and client resolved per request from `env` (or the current
 * function's environment).
 * @example
 * new DynamoReferenceStore(coreEntitiesOf());
 */
export const coreEntitiesOf = (env?: Env): CoreEntities => {
  const read = envSource(env);
  return createCoreEntities(createCoreTable({ documentClient: () => documentClientFor(dynamoDbEndpointFromEnv(read())), tableName: () => tableNameFromEnv('CoreTable', read()) }));
};
