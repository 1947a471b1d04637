import { defineEventContract } from '../../define-event-contract';
import { ingestionCountsSchema, ingestionJobDataSchema } from '../../schemas/ingestion-job-data';
import { INGESTION_SOURCE } from '../../sources';
import { exampleMetadata } from '../example-metadata';

/**
 * An ingestion job was cancelled on request; `counts` says how far it got.
 *
 * @example
 * ```ts
 * const { data, counts } = IngestionJobCancelled.parse(event.detail);
 * ```
 */
export const IngestionJobCancelled = defineEventContract({
  source: INGESTION_SOURCE,
  detailType: 'IngestionJobCancelled',
  version: 1,
  description:
    'An ingestion job was cancelled before finishing (its status became CANCELLED; rows already written stay written). `counts` gives the rows processed until then. `data` is the job.',
  entityType: 'IngestionJob',
  dataSchema: ingestionJobDataSchema,
  extraShape: { counts: ingestionCountsSchema },
  example: {
    metadata: exampleMetadata('IngestionJob', 'job-01JD4X9Q', 6),
    data: { jobId: 'job-01JD4X9Q', status: 'CANCELLED', dataset: 'MASTER', startedAt: '2025-11-21T14:03:27.100Z' },
    counts: { read: 40, written: 40, unchanged: 0, rejected: 0, duplicates: 0, skipped: 0 },
  },
});
