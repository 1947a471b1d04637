import type { JobStatus } from '@aircraftops/tables';

import { JobNotFoundError } from '../domain/job';
import type { JobStore, JobView, Page, RowErrorInput } from './ports';

/**
 * @throws JobNotFoundError
 * @example const job = await getJob(deps, jobId);
 */
export async function getJob(deps: { readonly jobs: Pick<JobStore, 'get'> }, jobId: string): Promise<JobView> {
  const job = await deps.jobs.get(jobId);
  if (job === undefined) throw new JobNotFoundError(jobId);
  return job;
}

/**
 * Jobs newest first, of one status or (without `status`) of every status in turn.
 * @example
 * const { items, nextToken } = await listJobs(deps, { status: 'RUNNING', limit: 20 });
 */
export async function listJobs(
  deps: { readonly jobs: Pick<JobStore, 'list'> },
  query: { status?: JobStatus; limit?: number; nextToken?: string },
): Promise<Page<JobView>> {
  return deps.jobs.list({ ...query, limit: clampLimit(query.limit) });
}

/**
 * A job's row errors by file then line.
 * @example
 * const { items } = await listJobErrors(deps, jobId, { limit: 100 });
 */
export async function listJobErrors(
  deps: { readonly jobs: Pick<JobStore, 'listRowErrors'> },
  jobId: string,
  query: { limit?: number; nextToken?: string } = {},
): Promise<Page<RowErrorInput>> {
  return deps.jobs.listRowErrors(jobId, { ...query, limit: clampLimit(query.limit) });
}

const clampLimit = (limit = 50): number => Math.min(Math.max(Math.trunc(limit), 1), 1000);
