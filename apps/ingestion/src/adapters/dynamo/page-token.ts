import { InvalidPageTokenError } from '../../domain/job';

/** The key condition of a paginated query, as `jobsQueries` builds it. */
export interface PagedQuery {
  readonly index?: string;
  readonly partition: string;
  readonly range?: { readonly beginsWith?: string };
}

/** Four keys of ≤ 2 KB each, JSON-encoded, stay well below this. */
const MAX_TOKEN_LENGTH = 12_000;
const MAX_KEY_BYTES = 2048;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An opaque pagination token: the store's cursor as base64url JSON.
 * @example
 * encodePageToken({ PK: 'JOB#j1', SK: 'ERROR#00#0000000042#*' }); // 'eyJQSyI6…'
 */
export const encodePageToken = (cursor: Record<string, unknown>): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

/**
 * The JSON object a token holds, not yet checked against any list.
 * @throws InvalidPageTokenError when the token is not base64url JSON of an object.
 * @example
 * parsePageToken(encodePageToken({ a: 1 })); // { a: 1 }
 */
export const parsePageToken = (token: string): Record<string, unknown> => {
  if (token === '' || token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) throw new InvalidPageTokenError('not base64url');
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch (cause) {
    throw new InvalidPageTokenError('not an encoded key', { cause });
  }
  if (!isObject(value)) throw new InvalidPageTokenError('not an encoded key');
  return value;
};

const keyAttributesOf = (query: PagedQuery): string[] =>
  query.index === undefined ? ['PK', 'SK'] : ['PK', 'SK', `${query.index}PK`, `${query.index}SK`];

/**
 * Checks that `value` is an `ExclusiveStartKey` of `query`: exactly the table's (and the index's) key
 * attributes, non-empty strings, in the query's partition and sort-key range.
 * @throws InvalidPageTokenError
 * @example
 * const start = checkStartKey(parsePageToken(token), jobsQueries.rowErrorsOfJob(jobId));
 */
export const checkStartKey = (value: unknown, query: PagedQuery): Record<string, string> => {
  if (!isObject(value)) throw new InvalidPageTokenError('not an encoded key');
  const expected = keyAttributesOf(query);
  const names = Object.keys(value);
  if (names.length !== expected.length || !expected.every((name) => names.includes(name))) {
    throw new InvalidPageTokenError('it belongs to another list');
  }
  for (const name of expected) {
    const attribute = value[name];
    if (typeof attribute !== 'string' || attribute === '' || Buffer.byteLength(attribute) > MAX_KEY_BYTES) {
      throw new InvalidPageTokenError('not an encoded key');
    }
  }
  const key = value as Record<string, string>;
  const partitionName = query.index === undefined ? 'PK' : `${query.index}PK`;
  const sortName = query.index === undefined ? 'SK' : `${query.index}SK`;
  const prefix = query.range?.beginsWith;
  if (key[partitionName] !== query.partition || (prefix !== undefined && !(key[sortName] as string).startsWith(prefix))) {
    throw new InvalidPageTokenError('it belongs to another list');
  }
  return key;
};

/**
 * The `ExclusiveStartKey` a token of a single-query list stands for, checked against that query.
 * @throws InvalidPageTokenError
 * @example
 * const start = decodeKeyToken(query.nextToken, jobsQueries.rowErrorsOfJob(jobId));
 */
export const decodeKeyToken = (token: string, query: PagedQuery): Record<string, string> => checkStartKey(parsePageToken(token), query);
