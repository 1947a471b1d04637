import { InvalidPageTokenError } from '../domain';

/** The key condition of a paginated query, as `coreQueries` builds it. */
export interface PagedQuery {
  readonly index?: string;
  readonly partition: string;
  readonly range?: { readonly beginsWith?: string };
}

/** A DynamoDB key is at most 2048 bytes; four of them, JSON-encoded, stay well below this. */
const MAX_TOKEN_LENGTH = 12_000;
const MAX_KEY_BYTES = 2048;

/**
 * The opaque `nextToken` of a page: DynamoDB's `LastEvaluatedKey`, JSON in base64url.
 * @example
 * encodePageToken({ PK: 'AIRCRAFT#1', SK: 'AIRCRAFT', GSI2PK: 'MODEL#2072738', GSI2SK: 'AIRCRAFT#1' }); // 'eyJQSyI6…'
 */
export const encodePageToken = (lastEvaluatedKey: Record<string, unknown> | undefined): string | undefined =>
  lastEvaluatedKey === undefined ? undefined : Buffer.from(JSON.stringify(lastEvaluatedKey)).toString('base64url');

const keyAttributesOf = (query: PagedQuery): string[] =>
  query.index === undefined ? ['PK', 'SK'] : ['PK', 'SK', `${query.index}PK`, `${query.index}SK`];

const parse = (token: string): unknown => {
  if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) throw new InvalidPageTokenError('not base64url');
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch (error) {
    throw new InvalidPageTokenError('not an encoded key', { cause: error });
  }
};

/**
 * The `ExclusiveStartKey` a token stands for, checked against the query it is used with: exactly the
 * table's and the index's key attributes, all strings, in the same partition and sort-key range. A
 * token from another list, or an edited one, is a 400 here instead of a DynamoDB ValidationException
 * (or, worse, a page of some other partition).
 * @throws InvalidPageTokenError
 * @example
 * const exclusiveStartKey = decodePageToken(query.nextToken, coreQueries.aircraftOfModel('2072738'));
 */
export const decodePageToken = (token: string, query: PagedQuery): Record<string, string> => {
  const key = parse(token);
  if (typeof key !== 'object' || key === null || Array.isArray(key)) throw new InvalidPageTokenError('not an encoded key');
  const expected = keyAttributesOf(query);
  const names = Object.keys(key);
  if (names.length !== expected.length || !expected.every((name) => names.includes(name))) {
    throw new InvalidPageTokenError('it belongs to another list');
  }
  const values = key as Record<string, unknown>;
  for (const name of expected) {
    const value = values[name];
    if (typeof value !== 'string' || value === '' || Buffer.byteLength(value) > MAX_KEY_BYTES) {
      throw new InvalidPageTokenError('not an encoded key');
    }
  }
  const partitionName = query.index === undefined ? 'PK' : `${query.index}PK`;
  const sortName = query.index === undefined ? 'SK' : `${query.index}SK`;
  const prefix = query.range?.beginsWith;
  if (values[partitionName] !== query.partition || (prefix !== undefined && !(values[sortName] as string).startsWith(prefix))) {
    throw new InvalidPageTokenError('it belongs to another list');
  }
  return values as Record<string, string>;
};
