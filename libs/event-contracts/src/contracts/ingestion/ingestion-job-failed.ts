import { defineEventContract } from '../../define-event-contract';
import { nonEmptyString } from '../../schemas/non-empty-string';
import { ingestionJobDataSchema } from '../../schemas/ingestion-job-data';
import { INGESTION_SOURCE } from '../../sources';
import { exampleMetadata } from '../example-metadata';

/**
 * An ingestion job stopped before finishing; `reason` says why.
 *
 * @example
 * ```ts
 * const { reason } = IngestionJobFailed.parse(event.detail);
 * ```
 */
export const IngestionJobFailed = defineEventContract({
  source: INGESTION_SOURCE,
  detailType: 'IngestionJobFailed',
  version: 1,
  description:
    'An ingestion job stopped before finishing (rows already written stay written). `reason` is a human-readable cause. `data` is the job.',
  entityType: 'IngestionJob',
  dataSchema: ingestionJobDataSchema,
  extraShape: { reason: nonEmptyString() },
  example: {
    metadata: exampleMetadata('IngestionJob', 'job-01JD4X9Q', 5),
    data: { jobId: 'job-01JD4X9Q', status: 'FAILED', dataset: 'MASTER', startedAt: '2025-11-21T14:03:27.100Z' },
    reason: 'MASTER.txt line 1: unexpected header "N-NUMBER,SERIAL" (expected the FAA MASTER columns)',
  },
});
