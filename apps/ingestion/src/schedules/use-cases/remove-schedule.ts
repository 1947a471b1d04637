import { ScheduleNotFoundError } from '../errors';
import type { ScheduleStore } from '../ports';

/**
 * Deletes a schedule; jobs it already started are not touched. `ScheduleNotFoundError` (404) when absent.
 * @example
 * await removeSchedule('0b6f…', { schedules });
 */
export const removeSchedule = async (scheduleId: string, deps: { readonly schedules: ScheduleStore }): Promise<void> => {
  if (!(await deps.schedules.remove(scheduleId))) throw new ScheduleNotFoundError(scheduleId);
};
