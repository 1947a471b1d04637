import { defineEventContract } from '../../define-event-contract';
import { ingestionJobDataSchema } from '../../schemas/ingestion-job-data';
import { INGESTION_SOURCE } from '../../sources';
import { exampleMetadata } from '../example-metadata';

/**
 * An ingestion job began reading its dataset.
 *
 * @example
 * ```ts
 * const { data } = IngestionJobStarted.parse(event.detail); // data.jobId, data.status
 * ```
 */
export const IngestionJobStarted = defineEventContract({
  source: INGESTION_SOURCE,
  detailType: 'IngestionJobStarted',
  version: 1,
  description: 'An ingestion job began reading its dataset. `data` is the job.',
  entityType: 'IngestionJob',
  dataSchema: ingestionJobDataSchema,
  example: {
    metadata: exampleMetadata('IngestionJob', 'job-01JD4X9Q', 2),
    data: { jobId: 'job-01JD4X9Q', status: 'RUNNING', dataset: 'MASTER', startedAt: '2025-11-21T14:03:27.100Z' },
  },
});
