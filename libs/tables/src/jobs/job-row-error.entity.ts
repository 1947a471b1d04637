import { Entity, type FormattedItem } from 'dynamodb-toolbox/entity';
import { item } from 'dynamodb-toolbox/schema/item';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';

import { isNonNegativeInteger } from '../common';
import { jobRowErrorKeys } from '../keys';
import type { JobsTableType } from '../tables';

/** How long row errors are kept before TTL removes them. */
export const ROW_ERROR_RETENTION_SECONDS = 30 * 24 * 60 * 60;

/** The `field` of an error about the whole row (wrong column count, duplicate key), not one column. */
export const ROW_LEVEL_FIELD = '*';

/** The JobRowError item schema: immutable, written once by ingestion; expires via `ttl`. */
export const jobRowErrorSchema = item({
  jobId: string().key(),
  /** Position of the file in the job's dataset (0-99). */
  fileIndex: number().key(),
  /** 1-based line number in the file. */
  line: number().key(),
  /** Column name, or `ROW_LEVEL_FIELD`. */
  field: string().key(),
  file: string(),
  reason: string(),
  /** The offending text, truncated by the writer. */
  excerpt: string().optional(),
  ttl: number()
    .validate(isNonNegativeInteger)
    .putDefault(() => Math.floor(Date.now() / 1000) + ROW_ERROR_RETENTION_SECONDS),
}).strict();

/**
 * `JobRowError`: `PK=JOB#<jobId>`, `SK=ERROR#<fileIndex 2>#<line 10>#<field>`.
 * @example
 * await createJobRowErrorEntity(jobs).build(PutItemCommand).item({ jobId, fileIndex: 0, line: 42, field: 'YEAR MFR', file: 'MASTER.txt', reason: 'not a number' }).send();
 */
export const createJobRowErrorEntity = (table: JobsTableType) =>
  new Entity({
    name: 'JobRowError',
    table,
    schema: jobRowErrorSchema,
    timestamps: { created: { name: 'createdAt', savedAs: 'createdAt' }, modified: false },
    computeKey: ({ jobId, fileIndex, line, field }) => jobRowErrorKeys.primary(jobId, fileIndex, line, field),
  });

export type JobRowErrorEntityType = ReturnType<typeof createJobRowErrorEntity>;
export type JobRowError = FormattedItem<JobRowErrorEntityType>;
