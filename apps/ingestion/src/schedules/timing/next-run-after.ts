import { Cron } from 'croner';

/**
 * The first instant strictly after `after` at which `cron` fires in `timezone`, as `toISOString()`
 * writes it (the only form the due index sorts correctly). Expects an expression `parseCron` accepted.
 * croner evaluates the zone with the runtime's Intl data (no time-zone library bundled).
 * @example
 * nextRunAfter('0 2 * * *', 'Europe/Paris', new Date('2025-03-01T01:00:00.000Z')); // '2025-03-02T01:00:00.000Z'
 */
export const nextRunAfter = (cron: string, timezone: string, after: Date): string => {
  const next = new Cron(cron, { timezone, paused: true }).nextRun(after);
  if (!next) throw new RangeError(`cron "${cron}" never fires after ${after.toISOString()}`);
  return next.toISOString();
};
