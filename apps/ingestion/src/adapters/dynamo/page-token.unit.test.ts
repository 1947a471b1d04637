import { jobsQueries } from '@aircraftops/tables';

import { InvalidPageTokenError } from '../../domain/job';
import { decodeJobListCursor, encodeJobListCursor } from './job-list-cursor';
import { decodeKeyToken, encodePageToken } from './page-token';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const errorsOfJob = jobsQueries.rowErrorsOfJob('job-1');
const errorKey = { PK: 'JOB#job-1', SK: 'ERROR#00#0000000042#*' };
const runningKey = { PK: 'JOB#j9', SK: 'JOB', GSI1PK: 'JOBSTATUS#RUNNING', GSI1SK: '2025-06-01T00:00:00.000Z#j9' };

const reasonOf = (decode: () => unknown): string => {
  try {
    decode();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidPageTokenError);
    expect(error).toMatchObject({ code: 'ingestion.invalidPageToken', field: 'query.nextToken' });
    return (error as InvalidPageTokenError).reason;
  }
  throw new Error('the token was accepted');
};

describe('row-error page tokens', () => {
  it('round-trip the last evaluated key of the same job', () => {
    expect(decodeKeyToken(encodePageToken(errorKey), errorsOfJob)).toEqual(errorKey);
  });

  it.each([
    ['empty', '', 'not base64url'],
    ['not base64url', 'abc+/=', 'not base64url'],
    ['not JSON', Buffer.from('{nope').toString('base64url'), 'not an encoded key'],
    ['a JSON array', encode([1]), 'not an encoded key'],
    ['a key of another job', encode({ ...errorKey, PK: 'JOB#job-2' }), 'it belongs to another list'],
    ['a checkpoint key of the same job', encode({ ...errorKey, SK: 'CHECKPOINT#00' }), 'it belongs to another list'],
    ['a key with an index attribute', encode({ ...errorKey, GSI1PK: 'x' }), 'it belongs to another list'],
    ['a key missing its sort key', encode({ PK: 'JOB#job-1' }), 'it belongs to another list'],
    ['a non-string key', encode({ ...errorKey, SK: 7 }), 'not an encoded key'],
    ['too long', 'A'.repeat(12_001), 'not base64url'],
  ])('are refused when %s', (_case, token, reason) => {
    expect(reasonOf(() => decodeKeyToken(token, errorsOfJob))).toBe(reason);
  });
});

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
    ['a row-error key', encodePageToken(errorKey)],
    ['an extra field', encode({ l: '*', s: 'RUNNING', x: 1 })],
    ['a numeric status (the old cursor)', encode({ s: 1 })],
  ])('are refused when they hold %s', (_case, token) => {
    expect(reasonOf(() => decodeJobListCursor(token, undefined))).toBe('not an encoded position');
  });
});
