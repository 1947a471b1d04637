import { Entity, type FormattedItem } from 'dynamodb-toolbox/entity';
import { boolean } from 'dynamodb-toolbox/schema/boolean';
import { item } from 'dynamodb-toolbox/schema/item';
import { list } from 'dynamodb-toolbox/schema/list';
import { map } from 'dynamodb-toolbox/schema/map';
import { string } from 'dynamodb-toolbox/schema/string';

import {
  DATASET_FILE_KINDS,
  indexKeyAttribute,
  isIsoInstant,
  refuseUpdateOf,
  TIMESTAMPS,
  versionedAttributes,
} from '../common';
import { scheduleIndexKeys, scheduleKeys } from '../keys';
import type { JobsTableType } from '../tables';

const attributes = item({
  scheduleId: string().key(),
  name: string(),
  /** Cron expression, evaluated in `timezone` by the scheduler. */
  cron: string(),
  timezone: string().putDefault('UTC'),
  /** The files each run ingests (sizes are only known when a run starts). */
  dataset: map({ files: list(map({ kind: string().enum(...DATASET_FILE_KINDS), name: string(), key: string() })) }),
  enabled: boolean(),
  nextRunAt: string().optional().validate(isIsoInstant),
  lastRunAt: string().optional().validate(isIsoInstant),
  lastJobId: string().optional(),
  ...versionedAttributes(),
});

const GSI1_DEPENDENCIES = ['enabled', 'nextRunAt'];

/** The Schedule item schema; only enabled schedules with a next run are in GSI1 (due schedules). */
export const scheduleSchema = attributes.and({
  GSI1PK: indexKeyAttribute()
    .link<typeof attributes>((schedule) => scheduleIndexKeys(schedule).GSI1PK)
    .updateLink<typeof attributes>(refuseUpdateOf('GSI1PK', GSI1_DEPENDENCIES)),
  GSI1SK: indexKeyAttribute()
    .link<typeof attributes>((schedule) => scheduleIndexKeys(schedule).GSI1SK)
    .updateLink<typeof attributes>(refuseUpdateOf('GSI1SK', GSI1_DEPENDENCIES)),
}).strict();

/**
 * `Schedule`: `PK=SCHEDULE#<scheduleId>`, `SK=SCHEDULE`; GSI1 `SCHEDULES` / `<nextRunAt>#<scheduleId>`.
 * @example
 * await JobsTable.build(QueryCommand).entities(ScheduleEntity).query(jobsQueries.dueSchedules(new Date().toISOString())).send();
 */
export const createScheduleEntity = (table: JobsTableType) =>
  new Entity({
    name: 'Schedule',
    table,
    schema: scheduleSchema,
    timestamps: TIMESTAMPS,
    computeKey: ({ scheduleId }) => scheduleKeys.primary(scheduleId),
  });

export type ScheduleEntityType = ReturnType<typeof createScheduleEntity>;
export type Schedule = FormattedItem<ScheduleEntityType>;
