import type { DynamoDBRecord } from 'aws-lambda';

/**
 * Whether DynamoDB's TTL process deleted the item: the record's `userIdentity` is the DynamoDB service
 * principal (ordinary deletes carry no `userIdentity`).
 *
 * @example
 * ```ts
 * isTtlDeletion({ eventName: 'REMOVE', userIdentity: { type: 'Service', principalId: 'dynamodb.amazonaws.com' } }); // true
 * ```
 */
export const isTtlDeletion = (record: Pick<DynamoDBRecord, 'eventName' | 'userIdentity'>): boolean => {
  const identity = record.userIdentity as { type?: unknown; principalId?: unknown } | undefined;
  return record.eventName === 'REMOVE' && identity?.type === 'Service' && identity.principalId === 'dynamodb.amazonaws.com';
};
