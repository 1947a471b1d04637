import { type Actor, createItem } from '@aircraftops/tables';

import type { DatasetFile, JobView } from '../../../use-cases/ports';
import type { JobEntities } from './job-entities';

/**
 * Creates a QUEUED job (a conditional put: an existing id is refused), in a module of its own (see read-job.ts).
 * @example
 * const job = await createJob(entities, { jobId, files, startedBy: actor, correlationId });
 */
export const createJob = async (
  entities: JobEntities,
  job: { jobId: string; files: readonly DatasetFile[]; startedBy: Actor; correlationId: string; scheduleId?: string },
): Promise<JobView> => {
  const item = await createItem(
    entities.IngestionJob,
    {
      jobId: job.jobId,
      status: 'QUEUED',
      dataset: { files: job.files.map((file) => ({ ...file })) },
      startedBy: job.startedBy,
      ...(job.scheduleId === undefined ? {} : { scheduleId: job.scheduleId }),
    },
    { actor: job.startedBy, correlationId: job.correlationId },
  );
  return item as unknown as JobView;
};
