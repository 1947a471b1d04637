import { KEY_LIMITS } from '@aircraftops/tables';

import { InvalidPageTokenError } from '../domain';
import { isWithinRange, type KeyQuery } from './key-query';

/** Far above any real token (four keys at their size limits stay below it), far below abuse. */
const MAX_TOKEN_LENGTH = 8192;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** The key attributes a position has, by index: the table's keys, plus the index's own. */
const keyAttributesOf = (query: KeyQuery) => {
  if (query.index === undefined) return { partition: 'PK', sort: 'SK', all: ['PK', 'SK'] };
  const partition = `${query.index}PK`;
  const sort = `${query.index}SK`;
  return { partition, sort, all: ['PK', 'SK', partition, sort] };
};

/**
 * The opaque `nextToken` for a query's `LastEvaluatedKey`: base64url of its JSON (a string-keyed map
 * of strings, so the JSON is a faithful copy). `undefined` on the last page.
 * @example
 * encodePageToken({ PK: 'ENTITY#Aircraft#511CR', SK: 'EVENT#2025-...#e1' }); // 'eyJQSyI6...'
 */
export const encodePageToken = (lastEvaluatedKey: Readonly<Record<string, unknown>> | undefined): string | undefined =>
  lastEvaluatedKey === undefined ? undefined : Buffer.from(JSON.stringify(lastEvaluatedKey), 'utf8').toString('base64url');

/**
 * Reads a `nextToken` back into an `ExclusiveStartKey`, trusting nothing: it must be base64url JSON
 * holding exactly this query's key attributes, as strings within DynamoDB's key sizes, positioned in
 * the queried partition and range, with table keys of the audit trail's shape. A token can thus never
 * move a caller to another partition, and a stale or forged one is a 400, not a 500 from DynamoDB.
 * @throws InvalidPageTokenError naming the first problem.
 * @example
 * const exclusiveStartKey = decodePageToken(nextToken, auditQueries.byCorrelation('req-1'));
 */
export const decodePageToken = (token: string, query: KeyQuery): Record<string, string> => {
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH || !BASE64URL.test(token)) {
    throw new InvalidPageTokenError(`expected 1-${MAX_TOKEN_LENGTH} base64url characters`);
  }
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch (error) {
    throw new InvalidPageTokenError('it does not decode to JSON', { cause: error });
  }
  if (typeof position !== 'object' || position === null || Array.isArray(position)) {
    throw new InvalidPageTokenError('it does not decode to a key');
  }
  const key = position as Record<string, unknown>;
  const attributes = keyAttributesOf(query);
  const names = Object.keys(key).sort();
  if (names.join(',') !== [...attributes.all].sort().join(',')) {
    throw new InvalidPageTokenError(`expected the key attributes ${attributes.all.join(', ')}`);
  }
  for (const name of attributes.all) {
    const value = key[name];
    const limit = name.endsWith('PK') ? KEY_LIMITS.partition : KEY_LIMITS.sort;
    if (typeof value !== 'string' || value.length === 0 || Buffer.byteLength(value, 'utf8') > limit) {
      throw new InvalidPageTokenError(`${name} must be a string of 1-${limit} bytes`);
    }
  }
  const strings = key as Record<string, string>;
  if (strings[attributes.partition] !== query.partition) throw new InvalidPageTokenError('it belongs to another partition');
  if (!isWithinRange(strings[attributes.sort] as string, query.range)) {
    throw new InvalidPageTokenError('its position is outside the queried range');
  }
  if (!(strings['PK'] as string).startsWith('ENTITY#') || !(strings['SK'] as string).startsWith('EVENT#')) {
    throw new InvalidPageTokenError('it does not point at an audit event');
  }
  return strings;
};
