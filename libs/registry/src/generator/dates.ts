const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** FAA date text (YYYYMMDD) for a day number. */
export function yyyymmdd(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10).replace(/-/g, '');
}

/** The last day of the month a day number falls in (registrations expire at month end). */
export function endOfMonth(days: number): number {
  const date = new Date(days * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0) / DAY_MS;
}
