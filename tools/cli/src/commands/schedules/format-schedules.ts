import { renderTable } from '../../support/render-table';
import type { PageJson, ScheduleJson } from '../jobs';

/**
 * Schedules for people, soonest next run first.
 * @example
 * io.stdout(formatSchedulesTable(await api.listSchedules()));
 */
export const formatSchedulesTable = (page: PageJson<ScheduleJson>): string => {
  if (page.items.length === 0) return 'No schedules.\n';
  const table = renderTable(
    ['Schedule', 'Name', 'Cron', 'Time zone', 'Files', 'Next run', 'Last run', 'Last job'],
    page.items.map((schedule) => [
      schedule.scheduleId,
      schedule.name,
      schedule.cron,
      schedule.timezone,
      schedule.files.map((file) => file.key).join('\n'),
      schedule.enabled ? (schedule.nextRunAt ?? '') : 'disabled',
      schedule.lastRunAt ?? '',
      schedule.lastJobId ?? '',
    ]),
  );
  return page.nextToken === undefined ? table : `${table}More: --next-token ${page.nextToken}\n`;
};
