export { createDocumentClient, createDynamoDbClient, documentClientFor } from './create-document-client';
export {
  DYNAMODB_ENV,
  type DynamoDbConfig,
  dynamoDbConfigFromEnv,
  type DynamoDbEndpoint,
  dynamoDbEndpointFromEnv,
  TABLE_NAME_ENV,
  tableNameFromEnv,
} from './dynamodb-config';
export { ensureTables } from './ensure-tables';
export { toCreateTableInput } from './to-create-table-input';
