import * as z from 'zod/mini';

import { nonEmptyString } from './non-empty-string';

/**
 * `detail.data` of IngestionJob events: the job as the ingestion app sees it. `status` stays a string because
 * the ingestion app owns the list of statuses.
 *
 * @example
 * ```ts
 * ingestionJobDataSchema.parse({ jobId: 'job-1', status: 'RUNNING', dataset: 'MASTER' });
 * ```
 */
export const ingestionJobDataSchema = z.looseObject({
  jobId: nonEmptyString(),
  status: nonEmptyString(),
  dataset: z.optional(z.string()),
  startedAt: z.optional(z.iso.datetime({ offset: true })),
  completedAt: z.optional(z.iso.datetime({ offset: true })),
});

/**
 * The row counts of a finished ingestion job; `read` = `written + unchanged + rejected + duplicates + skipped`
 * is the ingestion app's invariant, not checked here.
 *
 * @example
 * ```ts
 * ingestionCountsSchema.parse({ read: 134, written: 130, unchanged: 0, rejected: 2, duplicates: 1, skipped: 1 });
 * ```
 */
export const ingestionCountsSchema = z.object({
  read: z.int().check(z.nonnegative()),
  written: z.int().check(z.nonnegative()),
  unchanged: z.int().check(z.nonnegative()),
  rejected: z.int().check(z.nonnegative()),
  duplicates: z.int().check(z.nonnegative()),
  skipped: z.int().check(z.nonnegative()),
});
