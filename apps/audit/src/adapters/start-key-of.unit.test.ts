import { auditQueries, encodePageToken } from '@aircraftops/tables';

import { InvalidPageTokenError } from '../domain';
import { startKeyOf } from './start-key-of';

const correlation = auditQueries.byCorrelation('req-1');
const correlationKey = { PK: 'ENTITY#Aircraft#511CR', SK: 'EVENT#2025-11-21T14:03:27.512Z#e1', GSI3PK: 'CORRELATION#req-1', GSI3SK: '2025-11-21T14:03:27.512Z#e1' };

describe('startKeyOf', () => {
  it('returns the position a page of the same query handed out', () => {
    expect(startKeyOf(encodePageToken(correlationKey), correlation)).toEqual(correlationKey);
  });

  it.each([
    ['whose table keys are not an audit event’s', encodePageToken({ ...correlationKey, PK: 'AIRCRAFT#511CR', SK: 'AIRCRAFT' }), 'it belongs to another list'],
    ['of another correlation id', encodePageToken({ ...correlationKey, GSI3PK: 'CORRELATION#req-2' }), 'it belongs to another list'],
    ['that is not base64url', 'abc+/=', 'expected 1-12000 base64url characters'],
  ])('refuses a token %s with the domain’s error, keeping the library’s reason and error', (_case, token, reason) => {
    const act = () => startKeyOf(token, correlation);

    expect(act).toThrow(InvalidPageTokenError);
    expect(act).toThrow(expect.objectContaining({ code: 'audit.invalidPageToken', reason, cause: expect.objectContaining({ code: 'tables.invalidPageToken' }) }));
  });
});
