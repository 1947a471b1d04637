import type { SortKeyCondition } from './page-token-expectation';

/** DynamoDB orders string keys by their UTF-8 bytes, which differs from JS's UTF-16 order beyond the BMP. */
const compare = (a: string, b: string): number => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/**
 * Whether a sort-key value is one the condition selects, compared the way DynamoDB compares keys.
 * @example
 * satisfiesSortKeyCondition('SMITHSON#1', { beginsWith: 'SMITH' }); // true
 * satisfiesSortKeyCondition('2025-01-01', { gte: '2025-06-01' }); // false
 */
export const satisfiesSortKeyCondition = (value: string, condition: SortKeyCondition | undefined): boolean => {
  if (condition === undefined) return true;
  if ('eq' in condition) return value === condition.eq;
  if ('beginsWith' in condition) return value.startsWith(condition.beginsWith);
  if ('between' in condition) return compare(value, condition.between[0]) >= 0 && compare(value, condition.between[1]) <= 0;
  if ('gt' in condition) return compare(value, condition.gt) > 0;
  if ('gte' in condition) return compare(value, condition.gte) >= 0;
  if ('lt' in condition) return compare(value, condition.lt) < 0;
  return compare(value, condition.lte) <= 0;
};
