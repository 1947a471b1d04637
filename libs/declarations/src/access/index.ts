export { AccessDeniedError } from './access-denied-error';
export {
  type AccessDeclaration,
  type BucketRole,
  DELIVERY_STREAM_NAMES,
  type DeliveryStreamName,
  DYNAMODB_ACTIONS,
  type DynamoDbAction,
  type FirehoseAccess,
  type ObjectAccess,
  READ_ACTIONS,
  type TableAccess,
} from './access-declaration';
export { isAllowed } from './is-allowed';
export type { PermissionRequest } from './permission-request';
export { permissionsOfSdkRequest } from './permissions-of-sdk-request';
export type { PolicyStatementData } from './policy-statement';
export { policyStatementsOf } from './policy-statements-of';
export {
  deliveryStreamArn,
  deliveryStreamArnOfName,
  deliveryStreamNameOf,
  eventBusArn,
  indexArn,
  objectArn,
  type ResourceNames,
  tableArn,
  tableArnOfName,
} from './resource-names';
export { TABLE_NAMES, type TableName } from './table-name';
