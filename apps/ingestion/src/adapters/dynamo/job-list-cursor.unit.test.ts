import { encodePageToken } from '@aircraftops/tables';

import { decodeJobListCursor, encodeJobListCursor } from './job-list-cursor';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const runningKey = { PK: 'JOB#j9', SK: 'JOB', GSI1PK: 'JOBSTATUS#RUNNING', GSI1SK: '2025-06-01T00:00:00.000Z#j9' };

/** The reason of the refusal: the list's own (ingestion) or the shared codec's (tables), both validation errors on query.nextToken. */
const reasonOf = (decode: () => unknown): string => {
  try {
    decode();
  } catch (error) {
    expect(error).toMatchObject({ kind: 'validation', code: expect.stringMatching(/^(ingestion|tables)\.invalidPageToken$/), field: 'query.nextToken' });
    return (error as { reason: string }).reason;
  }
  throw new Error('the token was accepted');
};

describe('job-list page tokens', () => {
  it('round-trip a position of the unfiltered and of a filtered list', () => {
    expect(decodeJobListCursor(encodeJobListCursor(undefined, { status: 'FAILED' }), undefined)).toEqual({ status: 'FAILED' });
    expect(decodeJobListCursor(encodeJobListCursor('RUNNING', { status: 'RUNNING', key: runningKey }), 'RUNNING')).toEqual({
      status: 'RUNNING',
      key: runningKey,
    });
  });

  it.each([
    ['used on the unfiltered list after a filtered one', encodeJobListCursor('RUNNING', { status: 'RUNNING' }), undefined],
    ['used on a filtered list after the unfiltered one', encodeJobListCursor(undefined, { status: 'RUNNING' }), 'RUNNING' as const],
    ['of another status filter', encodeJobListCursor('RUNNING', { status: 'RUNNING' }), 'FAILED' as const],
    ['naming an unknown status', encode({ l: '*', s: 'PAUSED' }), undefined],
    ['continuing in a status the filter excludes', encode({ l: 'RUNNING', s: 'FAILED' }), 'RUNNING' as const],
    ['holding a key of another status partition', encode({ l: '*', s: 'QUEUED', k: runningKey }), undefined],
    ['holding a table key without the index keys', encode({ l: '*', s: 'RUNNING', k: { PK: 'JOB#j9', SK: 'JOB' } }), undefined],
  ])('are refused when %s', (_case, token, filter) => {
    expect(reasonOf(() => decodeJobListCursor(token, filter))).toBe('it belongs to another list');
  });

  it.each([
    ['a row-error key', encodePageToken({ PK: 'JOB#job-1', SK: 'ERROR#00#0000000042#*' })],
    ['an extra field', encode({ l: '*', s: 'RUNNING', x: 1 })],
    ['a numeric status (the old cursor)', encode({ s: 1 })],
  ])('are refused when they hold %s', (_case, token) => {
    expect(reasonOf(() => decodeJobListCursor(token, undefined))).toBe('not an encoded position');
  });

  it.each([
    ['not a token the codec wrote', 'abc+/=', 'expected 1-12000 base64url characters'],
    ['holding a key that is not an object', encode({ l: '*', s: 'RUNNING', k: 'JOB#j9' }), 'it does not decode to a key'],
  ])('are refused with the codec’s reason when %s', (_case, token, reason) => {
    expect(reasonOf(() => decodeJobListCursor(token, undefined))).toBe(reason);
  });
});
