export { AccessDeniedError } from './access-denied-error';
export {
  type AccessDeclaration,
  type BucketRole,
  DYNAMODB_ACTIONS,
  type DynamoDbAction,
  type ObjectAccess,
  READ_ACTIONS,
  type TableAccess,
} from './access-declaration';
export { isAllowed } from './is-allowed';
export type { PermissionRequest } from './permission-request';
export { permissionsOfSdkRequest } from './permissions-of-sdk-request';
export type { PolicyStatementData } from './policy-statement';
export { policyStatementsOf } from './policy-statements-of';
export { eventBusArn, indexArn, objectArn, type ResourceNames, tableArn, tableArnOfName } from './resource-names';
export { TABLE_NAMES, type TableName } from './table-name';
