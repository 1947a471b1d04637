export { createDynamoDbAuditTrail, type DynamoDbAuditTrail } from './dynamodb-audit-trail';
export { decodePageToken, encodePageToken } from './page-token';
export { isWithinRange, type KeyQuery, type SortKeyRange } from './key-query';
export { keyQueryFor } from './key-query-for';
