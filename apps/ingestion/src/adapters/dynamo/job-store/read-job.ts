import { GetItemCommand } from 'dynamodb-toolbox/entity/actions/get';

import type { JobView } from '../../../use-cases/ports';
import type { JobEntities } from './job-entities';

// The job store's GetItem reads, in a module of their own: a function that only reads a job (GET
// /ingestion/jobs/{id}) bundles no Query, UpdateItem or BatchWriteItem code (see DynamoJobStore).

/**
 * The job, read consistently, or undefined.
 * @example
 * const job = await readJob(entities, jobId);
 */
export const readJob = async (entities: JobEntities, jobId: string): Promise<JobView | undefined> => {
  const { Item } = await entities.IngestionJob.build(GetItemCommand).key({ jobId }).options({ consistent: true }).send();
  return Item as unknown as JobView | undefined;
};

/**
 * Whether someone asked the job to stop (one attribute, read consistently).
 * @example
 * if (await readCancelRequested(entities, jobId)) return stop();
 */
export const readCancelRequested = async (entities: JobEntities, jobId: string): Promise<boolean> => {
  const { Item } = await entities.IngestionJob.build(GetItemCommand).key({ jobId }).options({ attributes: ['cancelRequested'], consistent: true }).send();
  return Item?.cancelRequested === true;
};
