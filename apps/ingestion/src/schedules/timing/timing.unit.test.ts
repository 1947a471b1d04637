import { InvalidScheduleError } from '../errors';
import { nextRunAfter } from './next-run-after';
import { parseCron } from './parse-cron';
import { parseTimezone } from './parse-timezone';

const rejection = (run: () => unknown): { field: string; reason: string } => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidScheduleError);
    return { field: (error as InvalidScheduleError).field, reason: (error as InvalidScheduleError).reason };
  }
  throw new Error('expected a rejection');
};

describe('parseCron', () => {
  it('accepts five fields and normalises the spacing', () => {
    expect(parseCron('  0   2 * *  1-5 ', 'body.cron')).toBe('0 2 * * 1-5');
  });

  it.each([
    ['0 0 2 * * *', 'expected 5 fields (minute hour day-of-month month day-of-week), got 6'],
    ['', 'got 0'],
    ['@daily', 'got 1'],
    ['0 25 * * *', 'Invalid value for hour: 25'],
    ['0 0 30 2 *', 'not a valid cron expression: it never fires'],
  ])('rejects %j on the given field with the reason', (cron, reason) => {
    const error = rejection(() => parseCron(cron, 'body.cron'));
    expect(error.field).toBe('body.cron');
    expect(error.reason).toContain(reason);
  });
});

describe('parseTimezone', () => {
  it('returns the canonical zone name', () => {
    expect(parseTimezone('europe/paris', 'body.timezone')).toBe('Europe/Paris');
    expect(parseTimezone('UTC', 'body.timezone')).toBe('UTC');
  });

  it('rejects an unknown zone on the field', () => {
    expect(rejection(() => parseTimezone('Mars/Olympus', 'body.timezone'))).toEqual({
      field: 'body.timezone',
      reason: expect.stringContaining('"Mars/Olympus" is not an IANA time zone'),
    });
  });
});

describe('nextRunAfter', () => {
  it('evaluates the cron in the schedule’s zone, across a daylight-saving change', () => {
    // 02:00 in Chicago is 08:00Z in winter (CST) and 07:00Z after the 9 March 2025 change (CDT).
    expect(nextRunAfter('0 2 * * *', 'America/Chicago', new Date('2025-03-01T12:00:00.000Z'))).toBe('2025-03-02T08:00:00.000Z');
    expect(nextRunAfter('0 2 * * *', 'America/Chicago', new Date('2025-03-10T12:00:00.000Z'))).toBe('2025-03-11T07:00:00.000Z');
  });

  it('is strictly after the given instant', () => {
    expect(nextRunAfter('0 2 * * *', 'UTC', new Date('2025-03-01T02:00:00.000Z'))).toBe('2025-03-02T02:00:00.000Z');
  });
});
