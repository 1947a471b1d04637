import type { RetentionPeriod } from './retention-policy';

const SECONDS_PER_DAY = 86_400;

/**
 * The TTL (`expires_at`, epoch seconds) of a record that occurred at `occurredAt` and is kept for
 * `period`. Years and months are calendar ones (29 February + 1 year = 1 March, 31 January + 1 month =
 * 3 March), so "7 years" means what a compliance officer means. Counted from the event, not from when it was recorded: a replayed
 * old event must not live longer than its class allows.
 * @example
 * expiresAt('2025-03-01T12:00:00.000Z', { days: 1 }); // 1740916800 (2025-03-02T12:00:00Z)
 */
export const expiresAt = (occurredAt: string, period: RetentionPeriod): number => {
  const start = new Date(occurredAt);
  if (Number.isNaN(start.getTime())) throw new RangeError(`occurredAt is not a date: ${JSON.stringify(occurredAt)}`);
  const seconds = Math.floor(start.getTime() / 1000);
  if ('days' in period) return seconds + period.days * SECONDS_PER_DAY;
  const end = new Date(start);
  if ('months' in period) end.setUTCMonth(end.getUTCMonth() + period.months);
  else end.setUTCFullYear(end.getUTCFullYear() + period.years);
  return Math.floor(end.getTime() / 1000);
};
