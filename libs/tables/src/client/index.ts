export { createDocumentClient, createDynamoDbClient } from './create-document-client';
export { DYNAMODB_ENV, type DynamoDbConfig, dynamoDbConfigFromEnv } from './dynamodb-config';
export { ensureTables } from './ensure-tables';
export { toCreateTableInput } from './to-create-table-input';
