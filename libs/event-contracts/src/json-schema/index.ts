export { contractJsonSchema, contractSchemaPath } from './contract-json-schema';
