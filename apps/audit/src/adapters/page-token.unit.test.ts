import { auditQueries } from '@aircraftops/tables';

import { InvalidPageTokenError } from '../domain';
import { decodePageToken, encodePageToken } from './page-token';

const tokenOf = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

const trail = auditQueries.trailOfEntity('Aircraft', '511CR');
const trailKey = { PK: 'ENTITY#Aircraft#511CR', SK: 'EVENT#2025-11-21T14:03:27.512Z#e1' };
const correlation = auditQueries.byCorrelation('req-1');
const correlationKey = { ...trailKey, GSI3PK: 'CORRELATION#req-1', GSI3SK: '2025-11-21T14:03:27.512Z#e1' };

describe('page tokens', () => {
  it('round-trips a table position and an index position', () => {
    expect(decodePageToken(encodePageToken(trailKey) as string, trail)).toEqual(trailKey);
    expect(decodePageToken(encodePageToken(correlationKey) as string, correlation)).toEqual(correlationKey);
  });

  it('encodes the absence of a next page as no token', () => {
    expect(encodePageToken(undefined)).toBeUndefined();
  });

  it('is opaque: base64url, no padding or JSON visible', () => {
    expect(encodePageToken(trailKey)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['characters outside base64url', 'abc+/=', /base64url/],
    ['an oversized token', 'A'.repeat(8193), /base64url/],
    ['bytes that are not JSON', Buffer.from('{nope').toString('base64url'), /does not decode to JSON/],
    ['JSON that is not a key', tokenOf(['PK', 'SK']), /does not decode to a key/],
    ['missing key attributes', tokenOf({ PK: trailKey.PK }), /expected the key attributes PK, SK/],
    ['extra attributes', tokenOf({ ...trailKey, GSI1PK: 'ACTOR#user#x' }), /expected the key attributes/],
    ['a non-string key value', tokenOf({ ...trailKey, SK: 7 }), /SK must be a string/],
    ['another partition', tokenOf({ ...trailKey, PK: 'ENTITY#Aircraft#999ZZ' }), /another partition/],
    ['a sort key outside the range', tokenOf({ ...trailKey, SK: 'EVENT' }), /outside the queried range/],
  ])('rejects %s', (_case, token, message) => {
    const act = () => decodePageToken(token, trail);

    expect(act).toThrow(InvalidPageTokenError);
    expect(act).toThrow(message);
  });

  it('rejects an index token whose table keys are not an audit event', () => {
    const forged = tokenOf({ ...correlationKey, PK: 'AIRCRAFT#511CR' });

    expect(() => decodePageToken(forged, correlation)).toThrow(/does not point at an audit event/);
  });

  it('rejects a token of one index used on another', () => {
    expect(() => decodePageToken(encodePageToken(correlationKey) as string, trail)).toThrow(/expected the key attributes PK, SK/);
  });

  it('rejects a position outside a time-bounded query', () => {
    const bounded = auditQueries.byActor('user', 'alice', { from: '2025-11-22T00:00:00.000Z' });
    const key = { ...trailKey, GSI1PK: 'ACTOR#user#alice', GSI1SK: '2025-11-21T14:03:27.512Z#e1' };

    expect(() => decodePageToken(tokenOf(key), bounded)).toThrow(/outside the queried range/);
  });
});
