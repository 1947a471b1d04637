const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * A real calendar date `YYYY-MM-DD`. `Date.parse` alone accepts 2025-02-30 (it rolls over to March).
 * @example
 * isCalendarDate('2024-02-29'); // true
 * isCalendarDate('2025-02-29'); // false
 */
export const isCalendarDate = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

/**
 * An ISO-8601 date-time with a zone (`Z` or `±hh:mm`) on a real calendar date.
 * @example
 * isInstant('2025-11-21T10:00:00+02:00'); // true
 * isInstant('2025-11-21T10:00:00'); // false: no zone, the instant would depend on the server
 */
export const isInstant = (value: string): boolean => {
  const match = INSTANT.exec(value);
  return match !== null && isCalendarDate(match[1] as string) && !Number.isNaN(Date.parse(value));
};
