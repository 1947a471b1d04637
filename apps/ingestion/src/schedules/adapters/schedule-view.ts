import type { ScheduleEntityType } from '@aircraftops/tables';
import type { FormattedItem } from 'dynamodb-toolbox/entity';

import type { ScheduleView } from '../model';

/** A Schedule item as dynamodb-toolbox returns it. */
export type ScheduleItem = FormattedItem<ScheduleEntityType>;

/**
 * The use cases' view of a stored schedule.
 * @example
 * const view = toScheduleView(Item);
 */
export const toScheduleView = (item: ScheduleItem): ScheduleView => ({
  scheduleId: item.scheduleId,
  name: item.name,
  cron: item.cron,
  timezone: item.timezone,
  files: item.dataset.files.map(({ kind, name, key }) => ({ kind, name, key })),
  enabled: item.enabled,
  ...(item.nextRunAt === undefined ? {} : { nextRunAt: item.nextRunAt }),
  ...(item.lastRunAt === undefined ? {} : { lastRunAt: item.lastRunAt }),
  ...(item.lastJobId === undefined ? {} : { lastJobId: item.lastJobId }),
  createdAt: item.createdAt,
  version: item.version,
});
