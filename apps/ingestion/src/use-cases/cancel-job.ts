import { isIngestionError } from '../domain/job';
import type { IngestionDeps } from './ingestion-deps';
import type { JobStore, JobView } from './ports';

/**
 * Cancels a job: a QUEUED one at once (→ CANCELLED); a RUNNING one by setting `cancelRequested`,
 * which its runner sees between chunks and ends CANCELLED with its counts so far.
 * @throws JobNotFoundError; JobConflictError when the job already finished.
 * @example
 * await cancelJob(deps, jobId);
 */
export async function cancelJob(deps: { readonly jobs: Pick<JobStore, 'transition' | 'requestCancel'> } & Pick<IngestionDeps, 'now'>, jobId: string): Promise<JobView> {
  const now = deps.now ?? Date.now;
  try {
    return await deps.jobs.transition(jobId, 'CANCELLED', { from: ['QUEUED'], changes: { finishedAt: new Date(now()).toISOString() } });
  } catch (error) {
    // Not QUEUED (any more): a runner owns it, so ask it to stop.
    if (isIngestionError(error) && error.code === 'ingestion.jobConflict') return deps.jobs.requestCancel(jobId);
    throw error;
  }
}
