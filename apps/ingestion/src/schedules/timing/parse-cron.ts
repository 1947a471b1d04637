import { Cron } from 'croner';

import { InvalidScheduleError } from '../errors';

const FIELD_NAMES = 'minute hour day-of-month month day-of-week';

/**
 * Checks a five-field cron expression (minute granularity, as EventBridge Scheduler; no seconds, no
 * `@daily` aliases) and that it fires at all, and returns it with its spacing normalised. Errors name
 * `field` and say what is wrong (`Invalid value for hour: 25`).
 * @example
 * parseCron(' 0  2 * * * ', 'body.cron'); // '0 2 * * *'
 */
export const parseCron = (cron: string, field: string, timezone = 'UTC'): string => {
  const parts = cron.trim().split(/\s+/).filter((part) => part !== '');
  if (parts.length !== 5) {
    throw new InvalidScheduleError(field, `expected 5 fields (${FIELD_NAMES}), got ${parts.length}: "${cron}"`);
  }
  const normalised = parts.join(' ');
  let next: Date | null;
  try {
    next = new Cron(normalised, { timezone, paused: true }).nextRun();
  } catch (error) {
    const reason = (error as Error).message.replace(/^CronPattern: /, '');
    throw new InvalidScheduleError(field, `"${normalised}" is not a valid cron expression: ${reason}`, { cause: error });
  }
  // `0 0 30 2 *` parses but never fires.
  if (!next) throw new InvalidScheduleError(field, `"${normalised}" is not a valid cron expression: it never fires`);
  return normalised;
};
