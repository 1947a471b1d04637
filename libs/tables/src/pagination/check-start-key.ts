import { InvalidPageTokenError } from '../errors';
import { KEY_LIMITS } from '../keys';
import { keyAttributesOf } from './key-attributes-of';
import type { PageTokenExpectation } from './page-token-expectation';
import { satisfiesSortKeyCondition } from './satisfies-sort-key-condition';

const ANOTHER_LIST = 'it belongs to another list';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks that `value` is an `ExclusiveStartKey` of the expected list: exactly its key attributes,
 * strings within DynamoDB's key sizes, in its partition and sort-key range, with table keys of its
 * items' shape. A position can then never move a caller to another partition, and a stale or forged
 * one is refused here rather than by DynamoDB.
 * @throws InvalidPageTokenError naming `field` and the first problem.
 * @example
 * const start = checkStartKey(parsePageToken(token).k, jobsQueries.jobsByStatus('RUNNING'), 'query.nextToken');
 */
export const checkStartKey = (value: unknown, expectation: PageTokenExpectation, field = 'nextToken'): Record<string, string> => {
  if (!isObject(value)) throw new InvalidPageTokenError(field, 'it does not decode to a key');
  const attributes = keyAttributesOf(expectation);
  const names = Object.keys(value);
  if (names.length !== attributes.all.length || !attributes.all.every((name) => names.includes(name))) {
    throw new InvalidPageTokenError(field, ANOTHER_LIST);
  }
  for (const name of attributes.all) {
    const attribute = value[name];
    const limit = name.endsWith('PK') ? KEY_LIMITS.partition : KEY_LIMITS.sort;
    if (typeof attribute !== 'string' || attribute.length === 0 || Buffer.byteLength(attribute, 'utf8') > limit) {
      throw new InvalidPageTokenError(field, `${name} is not a string of 1-${limit} bytes`);
    }
  }
  const key = value as Record<string, string>;
  const { partition: partitionPrefix = '', sort: sortPrefix = '' } = expectation.tableKeyPrefixes ?? {};
  if (
    key[attributes.partition] !== expectation.partition ||
    !satisfiesSortKeyCondition(key[attributes.sort] as string, expectation.range) ||
    !(key['PK'] as string).startsWith(partitionPrefix) ||
    !(key['SK'] as string).startsWith(sortPrefix)
  ) {
    throw new InvalidPageTokenError(field, ANOTHER_LIST);
  }
  return key;
};
