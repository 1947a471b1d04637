import type { SchedulePage, ScheduleStore } from '../ports';

/**
 * One page of schedules, soonest next run first.
 * @example
 * const { items, nextToken } = await listSchedules({ limit: 50 }, { schedules });
 */
export const listSchedules = (
  query: { readonly limit: number; readonly nextToken?: string },
  deps: { readonly schedules: Pick<ScheduleStore, 'list'> },
): Promise<SchedulePage> => deps.schedules.list(query);
