/**
 * Whether `yyyymmdd` is a date that exists (YYYYMMDD, year 1900–2099).
 *
 * @example
 * ```ts
 * isCalendarDate('20240229'); // true
 * isCalendarDate('20230229'); // false
 * ```
 */
export function isCalendarDate(yyyymmdd: string): boolean {
  if (!/^(19|20)\d{6}$/.test(yyyymmdd)) return false;
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Field rule for FAA dates (YYYYMMDD that exist).
 *
 * @example
 * ```ts
 * calendarDateRule('20231301'); // 'not a calendar date (YYYYMMDD)'
 * ```
 */
export function calendarDateRule(value: string): string | undefined {
  return isCalendarDate(value) ? undefined : 'not a calendar date (YYYYMMDD)';
}
