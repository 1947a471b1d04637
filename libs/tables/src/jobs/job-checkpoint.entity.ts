import { Entity, type FormattedItem } from 'dynamodb-toolbox/entity';
import { boolean } from 'dynamodb-toolbox/schema/boolean';
import { item } from 'dynamodb-toolbox/schema/item';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';

import { countsSchema, isNonNegativeInteger, TIMESTAMPS, versionedAttributes } from '../common';
import { jobCheckpointKeys } from '../keys';
import type { JobsTableType } from '../tables';

/** The JobCheckpoint item schema: where a job's reader is in one file, to resume after a crash. */
export const jobCheckpointSchema = item({
  jobId: string().key(),
  fileIndex: number().key(),
  file: string(),
  /** Last fully processed line. */
  line: number().validate(isNonNegativeInteger),
  byteOffset: number().validate(isNonNegativeInteger),
  counts: countsSchema(),
  /** Aircraft rows of this file up to `line` whose model or engine code was found nowhere. */
  unresolvedReferences: number().optional().validate(isNonNegativeInteger),
  /** Set on the file's last checkpoint: every line was processed, a resume skips the file. */
  done: boolean().optional(),
  ...versionedAttributes(),
}).strict();

/**
 * `JobCheckpoint`: `PK=JOB#<jobId>`, `SK=CHECKPOINT#<fileIndex 2 digits>`.
 * @example
 * await createJobCheckpointEntity(jobs).build(GetItemCommand).key({ jobId, fileIndex: 0 }).send();
 */
export const createJobCheckpointEntity = (table: JobsTableType) =>
  new Entity({
    name: 'JobCheckpoint',
    table,
    schema: jobCheckpointSchema,
    timestamps: TIMESTAMPS,
    computeKey: ({ jobId, fileIndex }) => jobCheckpointKeys.primary(jobId, fileIndex),
  });

export type JobCheckpointEntityType = ReturnType<typeof createJobCheckpointEntity>;
export type JobCheckpoint = FormattedItem<JobCheckpointEntityType>;
