import { decodeSchedulePageToken, encodeSchedulePageToken } from './schedule-page-token';

const key = { PK: 'SCHEDULE#s1', SK: 'SCHEDULE', GSI1PK: 'SCHEDULES', GSI1SK: '2025-06-01T02:00:00.000Z#s1' };
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('schedule page tokens', () => {
  it('round-trip the last evaluated key', () => {
    expect(decodeSchedulePageToken(encodeSchedulePageToken(key) as string)).toEqual(key);
  });

  it.each([
    ['not base64url', 'abc$'],
    ['not an encoded key', encode([1, 2])],
    ['not an encoded key', encode({ PK: 'x' })],
    ['it belongs to another list', encode({ ...key, GSI1PK: 'JOBSTATUS#QUEUED' })],
  ])('refuse a token that is %s, on query.nextToken', (reason, token) => {
    expect(() => decodeSchedulePageToken(token)).toThrow(expect.objectContaining({ field: 'query.nextToken', reason: expect.stringContaining(reason) }));
  });
});
