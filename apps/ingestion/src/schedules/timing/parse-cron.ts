import { CronExpressionParser } from 'cron-parser';

import { InvalidScheduleError } from '../errors';

const FIELD_NAMES = 'minute hour day-of-month month day-of-week';

/**
 * Checks a five-field cron expression (minute granularity, as EventBridge Scheduler; no seconds, no
 * `@daily` aliases) and that it fires at all, and returns it with its spacing normalised. Errors name
 * `field` and say what is wrong (`hour: got value 25, expected range 0-23`).
 * @example
 * parseCron(' 0  2 * * * ', 'body.cron'); // '0 2 * * *'
 */
export const parseCron = (cron: string, field: string, timezone = 'UTC'): string => {
  const parts = cron.trim().split(/\s+/).filter((part) => part !== '');
  if (parts.length !== 5) {
    throw new InvalidScheduleError(field, `expected 5 fields (${FIELD_NAMES}), got ${parts.length}: "${cron}"`);
  }
  const normalised = parts.join(' ');
  try {
    const expression = CronExpressionParser.parse(normalised, { tz: timezone, strict: false });
    // `0 0 30 2 *` parses but never fires: next() finds no date and throws.
    expression.next();
  } catch (error) {
    throw new InvalidScheduleError(field, `"${normalised}" is not a valid cron expression: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return normalised;
};
