import { createItem, type ScheduleEntityType } from '@aircraftops/tables';

import type { ScheduleView } from '../model';
import type { NewSchedule, ScheduleWriteContext } from '../ports';
import { toScheduleView } from './schedule-view';

/**
 * Stores a new schedule (a conditional put), in a module of its own: the add function bundles none of
 * the store's Query, GetItem, DeleteItem or update code (see DynamoScheduleStore).
 * @example
 * const view = await createSchedule(ScheduleEntity, schedule, { actor, correlationId });
 */
export const createSchedule = async (entity: ScheduleEntityType, schedule: NewSchedule, context: ScheduleWriteContext): Promise<ScheduleView> => {
  const { files, ...rest } = schedule;
  return toScheduleView(await createItem(entity, { ...rest, dataset: { files: files.map((file) => ({ ...file })) } }, context));
};
