import { Entity, type FormattedItem } from 'dynamodb-toolbox/entity';
import { boolean } from 'dynamodb-toolbox/schema/boolean';
import { item } from 'dynamodb-toolbox/schema/item';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';

import {
  actorSchema,
  countsSchema,
  datasetSchema,
  indexKeyAttribute,
  isIsoInstant,
  JOB_STATUSES,
  TIMESTAMPS,
  versionedAttributes,
} from '../common';
import { IndexKeysNeedFullItemError } from '../errors';
import { ingestionJobIndexKeys, ingestionJobKeys } from '../keys';
import type { JobsTableType } from '../tables';

const optionalNumber = () => number().optional();

// The entity adds `createdAt` (timestamps) to the schema typed here; links receive it already defaulted.
type WithCreatedAt<T> = T & { createdAt: string };

const attributes = item({
  jobId: string().key(),
  status: string().enum(...JOB_STATUSES),
  dataset: datasetSchema(),
  counts: countsSchema(),
  bytesTotal: optionalNumber(),
  bytesRead: optionalNumber(),
  rowsPerSecond: optionalNumber(),
  percent: optionalNumber(),
  etaSeconds: optionalNumber(),
  startedBy: actorSchema(),
  startedAt: string().optional().validate(isIsoInstant),
  finishedAt: string().optional().validate(isIsoInstant),
  failureReason: string().optional(),
  cancelRequested: boolean().optional(),
  /** The schedule that started the job, absent for a job started by hand. */
  scheduleId: string().optional(),
  /** Aircraft rows whose model or engine code exists nowhere (written anyway), over every run of the job. */
  unresolvedReferences: optionalNumber(),
  ...versionedAttributes(),
});

/**
 * The IngestionJob item schema. GSI1 (jobs by status) follows the status on every write path: a
 * raw `UpdateItemCommand` that sets `status` recomputes GSI1PK too (the sort key never changes).
 */
export const ingestionJobSchema = attributes.and({
  GSI1PK: indexKeyAttribute()
    .link<typeof attributes>((job) => ingestionJobIndexKeys(job as WithCreatedAt<typeof job>).GSI1PK)
    .updateLink<typeof attributes>(({ status }) => {
      if (status === undefined) return undefined;
      if (typeof status !== 'string') throw new IndexKeysNeedFullItemError('GSI1PK', ['status']);
      return ingestionJobKeys.statusPartition(status);
    }),
  GSI1SK: indexKeyAttribute().link<typeof attributes>((job) => ingestionJobIndexKeys(job as WithCreatedAt<typeof job>).GSI1SK),
}).strict();

/**
 * `IngestionJob`: `PK=JOB#<jobId>`, `SK=JOB`; GSI1 `JOBSTATUS#<status>` / `<createdAt>#<jobId>`.
 * @example
 * await createIngestionJobEntity(jobs).build(GetItemCommand).key({ jobId: '01J9Z' }).send();
 */
export const createIngestionJobEntity = (table: JobsTableType) =>
  new Entity({
    name: 'IngestionJob',
    table,
    schema: ingestionJobSchema,
    timestamps: TIMESTAMPS,
    computeKey: ({ jobId }) => ingestionJobKeys.primary(jobId),
  });

export type IngestionJobEntityType = ReturnType<typeof createIngestionJobEntity>;
export type IngestionJob = FormattedItem<IngestionJobEntityType>;
