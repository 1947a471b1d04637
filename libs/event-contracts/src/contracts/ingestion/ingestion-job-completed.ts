import { defineEventContract } from '../../define-event-contract';
import { ingestionCountsSchema, ingestionJobDataSchema } from '../../schemas/ingestion-job-data';
import { INGESTION_SOURCE } from '../../sources';
import { exampleMetadata } from '../example-metadata';

/**
 * An ingestion job finished; `counts` says what happened to every row read.
 *
 * @example
 * ```ts
 * const { counts } = IngestionJobCompleted.parse(event.detail);
 * if (counts.rejected > 0) alertOnRejectedRows(counts.rejected);
 * ```
 */
export const IngestionJobCompleted = defineEventContract({
  source: INGESTION_SOURCE,
  detailType: 'IngestionJobCompleted',
  version: 1,
  description:
    'An ingestion job finished. `counts` gives the rows read, written, unchanged, rejected (row errors), duplicates and skipped. `data` is the job.',
  entityType: 'IngestionJob',
  dataSchema: ingestionJobDataSchema,
  extraShape: { counts: ingestionCountsSchema },
  example: {
    metadata: exampleMetadata('IngestionJob', 'job-01JD4X9Q', 9),
    data: {
      jobId: 'job-01JD4X9Q',
      status: 'COMPLETED',
      dataset: 'MASTER',
      startedAt: '2025-11-21T14:03:27.100Z',
      completedAt: '2025-11-21T14:03:31.942Z',
    },
    counts: { read: 134, written: 130, unchanged: 0, rejected: 2, duplicates: 1, skipped: 1 },
  },
});
