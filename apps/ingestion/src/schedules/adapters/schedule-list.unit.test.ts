import { encodePageToken, InvalidPageTokenError } from '@aircraftops/tables';

import { decodeSchedulePageToken } from './schedule-list';

const key = { PK: 'SCHEDULE#s1', SK: 'SCHEDULE', GSI1PK: 'SCHEDULES', GSI1SK: '2025-06-01T02:00:00.000Z#s1' };

describe('schedule page tokens', () => {
  it('round-trip the last evaluated key of the schedule list', () => {
    expect(decodeSchedulePageToken(encodePageToken(key))).toEqual(key);
  });

  it.each([
    ['it belongs to another list', encodePageToken({ ...key, GSI1PK: 'JOBSTATUS#QUEUED' })],
    ['expected 1-12000 base64url characters', 'abc$'],
  ])('refuse a token when %s, with a validation error on query.nextToken', (reason, token) => {
    const act = () => decodeSchedulePageToken(token);

    expect(act).toThrow(InvalidPageTokenError);
    expect(act).toThrow(
      expect.objectContaining({
        kind: 'validation',
        field: 'query.nextToken',
        reason,
        details: [{ field: 'query.nextToken', message: `is not a token of this list: ${reason}` }],
      }),
    );
  });
});
