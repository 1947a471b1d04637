import { type JobJson, TERMINAL_STATUSES } from '../jobs';
import type { IngestionApiClient } from '../jobs';

/**
 * Polls a job until it reaches a terminal status, reporting every answer; resolves with the final job.
 * @example
 * const job = await followJob(api, jobId, { intervalMs: 500, onUpdate: (job) => bar.update(job) });
 */
export const followJob = async (
  api: Pick<IngestionApiClient, 'getJob'>,
  jobId: string,
  options: { intervalMs: number; onUpdate?: (job: JobJson) => void },
): Promise<JobJson> => {
  for (;;) {
    const job = await api.getJob(jobId);
    options.onUpdate?.(job);
    if (TERMINAL_STATUSES.includes(job.status)) return job;
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
  }
};
