import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/** AWS ignores TTL values more than five years in the past (they are likely in milliseconds or wrong). */
const FIVE_YEARS_SECONDS = 5 * 365 * 24 * 3600;

/**
 * Whether DynamoDB's TTL would delete an item with this TTL attribute value at `nowSeconds`: a Number
 * of epoch seconds, not in the future, not more than five years in the past. Any other type is ignored.
 * @example
 * isExpired({ N: '1700000000' }, 1700000001); // true
 * isExpired({ S: '1700000000' }, 1700000001); // false
 */
export const isExpired = (value: AttributeValue | undefined, nowSeconds: number): boolean => {
  if (!value || !('N' in value) || value.N === undefined) return false;
  const expiry = Number(value.N);
  return Number.isFinite(expiry) && expiry <= nowSeconds && expiry >= nowSeconds - FIVE_YEARS_SECONDS;
};
