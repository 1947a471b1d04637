import { CronExpressionParser } from 'cron-parser';

/**
 * The first instant strictly after `after` at which `cron` fires in `timezone`, as `toISOString()`
 * writes it (the only form the due index sorts correctly). Expects an expression `parseCron` accepted.
 * @example
 * nextRunAfter('0 2 * * *', 'Europe/Paris', new Date('2025-03-01T01:00:00.000Z')); // '2025-03-02T01:00:00.000Z'
 */
export const nextRunAfter = (cron: string, timezone: string, after: Date): string =>
  CronExpressionParser.parse(cron, { tz: timezone, currentDate: after }).next().toDate().toISOString();
