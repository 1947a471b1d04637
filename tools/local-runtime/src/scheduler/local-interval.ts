import type { ScheduleDeclaration } from '@aircraftops/declarations';

const UNIT_SECONDS: Readonly<Record<string, number>> = { minute: 60, minutes: 60, hour: 3600, hours: 3600, day: 86_400, days: 86_400 };

/**
 * How often the local runtime runs a declared schedule: its `localIntervalSeconds` when declared (a
 * minute is long for a demo), else the period of its `rate(…)`, else (a `cron(…)`) once a minute — the
 * scheduled function decides what is due, as it does in the cloud.
 * @example
 * localIntervalSeconds({ expression: 'rate(5 minutes)' }); // 300
 */
export const localIntervalSeconds = (schedule: Pick<ScheduleDeclaration, 'expression' | 'localIntervalSeconds'>): number => {
  if (schedule.localIntervalSeconds !== undefined) return schedule.localIntervalSeconds;
  const rate = /^rate\((\d+) (\w+)\)$/.exec(schedule.expression);
  const unit = rate ? UNIT_SECONDS[rate[2]!] : undefined;
  return rate && unit ? Number(rate[1]) * unit : 60;
};
