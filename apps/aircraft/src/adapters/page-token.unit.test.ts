import { coreQueries } from '@aircraftops/tables';

import { InvalidPageTokenError } from '../domain';
import { decodePageToken, encodePageToken } from './page-token';

const byModel = coreQueries.aircraftOfModel('2072738');
const modelKey = { PK: 'AIRCRAFT#1', SK: 'AIRCRAFT', GSI2PK: 'MODEL#2072738', GSI2SK: 'AIRCRAFT#1' };
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('page tokens', () => {
  it('round-trips the last evaluated key of the same query', () => {
    const token = encodePageToken(modelKey) as string;

    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodePageToken(token, byModel)).toEqual(modelKey);
  });

  it('has no token when DynamoDB returned no last key', () => {
    expect(encodePageToken(undefined)).toBeUndefined();
  });

  it.each([
    ['not base64url', 'abc+/=', 'not base64url'],
    ['not JSON', Buffer.from('{nope').toString('base64url'), 'not an encoded key'],
    ['a JSON array', encode([1]), 'not an encoded key'],
    ['missing an index key', encode({ PK: 'AIRCRAFT#1', SK: 'AIRCRAFT', GSI2PK: 'MODEL#2072738' }), 'it belongs to another list'],
    ['an extra attribute', encode({ ...modelKey, GSI3PK: 'x' }), 'it belongs to another list'],
    ['a non-string key', encode({ ...modelKey, SK: 1 }), 'not an encoded key'],
    ['another model', encode({ ...modelKey, GSI2PK: 'MODEL#9999999' }), 'it belongs to another list'],
    ['another index', encode({ PK: 'A', SK: 'B', GSI1PK: 'MODEL#2072738', GSI1SK: 'C' }), 'it belongs to another list'],
  ])('rejects a token that is %s', (_case, token, reason) => {
    expect(() => decodePageToken(token, byModel)).toThrow(InvalidPageTokenError);
    expect(() => decodePageToken(token, byModel)).toThrow(`query.nextToken: is not a token of this list: ${reason}`);
  });

  it('rejects a registrant token whose sort key is outside the searched prefix', () => {
    const query = coreQueries.aircraftByRegistrantPrefix('smith');
    const key = { PK: 'AIRCRAFT#1', SK: 'AIRCRAFT', GSI3PK: 'REGISTRANT#S', GSI3SK: 'SANDERS#1' };

    expect(() => decodePageToken(encode(key), query)).toThrow('it belongs to another list');
    expect(decodePageToken(encode({ ...key, GSI3SK: 'SMITHSON#1' }), query)).toMatchObject({ GSI3SK: 'SMITHSON#1' });
  });
});
