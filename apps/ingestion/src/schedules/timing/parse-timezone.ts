import { InvalidScheduleError } from '../errors';

/**
 * The canonical IANA name of a zone (`europe/paris` → `Europe/Paris`), or `InvalidScheduleError` on
 * `field`. Node's ICU data decides what exists, the same data the cron evaluation uses.
 * @example
 * parseTimezone('utc', 'body.timezone'); // 'UTC'
 */
export const parseTimezone = (timezone: string, field: string): string => {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: timezone }).resolvedOptions().timeZone;
  } catch (error) {
    throw new InvalidScheduleError(field, `"${timezone}" is not an IANA time zone (e.g. UTC, Europe/Paris, America/Chicago)`, {
      cause: error,
    });
  }
};
