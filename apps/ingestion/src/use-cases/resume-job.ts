import type { JobStore, JobView } from './ports';

/**
 * Puts a FAILED job, or a RUNNING one whose runner died, back to QUEUED; `runJob` then continues from
 * each file's last checkpoint. The caller must know the runner is gone (e.g. the Lambda timed out):
 * the job item holds no lease.
 * @throws JobConflictError when the job is neither RUNNING nor FAILED.
 * @example
 * await resumeJob(deps, jobId);
 * await runJob(deps, jobId);
 */
export async function resumeJob(deps: { readonly jobs: Pick<JobStore, 'transition'> }, jobId: string): Promise<JobView> {
  return deps.jobs.transition(jobId, 'QUEUED', { from: ['RUNNING', 'FAILED'], clear: ['failureReason', 'finishedAt'] });
}
