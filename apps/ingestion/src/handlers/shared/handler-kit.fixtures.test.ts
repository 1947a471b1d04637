// Handler tests assert responses; the stack's request logs would only bury the failures.
process.env['POWERTOOLS_LOG_LEVEL'] ??= 'SILENT';

import { Readable } from 'node:stream';

import { buildHttpEvent, buildLambdaContext, type HttpLambdaHandler } from '@aircraftops/lambda-kit';
import type { BuildHttpEventInput } from '@aircraftops/lambda-kit';
import type { JobStatus } from '@aircraftops/tables';

import { DatasetPathError, JobConflictError, JobNotFoundError } from '../../domain/job';
import type { IngestionDeps, JobStore, JobView } from '../../use-cases';

export const claimsOf = (role: string, sub = 'alice') => ({ sub, 'cognito:groups': `[${role}]` });

/** Calls an HTTP handler with a built event; `json` is the parsed body. */
export const call = async (handler: HttpLambdaHandler, input: BuildHttpEventInput) => {
  const response = await handler(buildHttpEvent(input), buildLambdaContext());
  return { ...response, json: response.body === undefined ? undefined : JSON.parse(response.body) };
};

const zeroCounts = { read: 0, written: 0, unchanged: 0, rejected: 0, duplicates: 0, skipped: 0 };

export const jobView = (overrides: Partial<JobView> = {}): JobView => ({
  jobId: 'job-1',
  status: 'QUEUED',
  dataset: { files: [{ kind: 'MASTER', name: 'MASTER.txt', key: 'uploads/MASTER.txt', bytes: 10 }] },
  counts: zeroCounts,
  startedBy: { type: 'user', id: 'alice' },
  correlationId: 'c',
  createdAt: '2025-06-01T00:00:00.000Z',
  version: 1,
  ...overrides,
});

/**
 * Ports for handler tests: jobs in a map with the status conditions of the real store, files in a map
 * (key → content). Only what the HTTP use cases touch is implemented.
 */
export const fakeDeps = (files: Record<string, string> = {}) => {
  const jobs = new Map<string, JobView>();
  const store: Partial<JobStore> = {
    create: async ({ jobId, files: datasetFiles, startedBy, correlationId, scheduleId }) => {
      const job = jobView({ jobId, dataset: { files: [...datasetFiles] }, startedBy, correlationId, ...(scheduleId === undefined ? {} : { scheduleId }) });
      jobs.set(jobId, job);
      return job;
    },
    get: async (jobId) => jobs.get(jobId),
    transition: async (jobId, to, { from }) => {
      const job = jobs.get(jobId);
      if (job === undefined) throw new JobNotFoundError(jobId);
      if (!from.includes(job.status)) throw new JobConflictError(jobId, from, job.status);
      const next = { ...job, status: to as JobStatus, version: job.version + 1 };
      jobs.set(jobId, next);
      return next;
    },
    requestCancel: async (jobId) => {
      const job = jobs.get(jobId);
      if (job === undefined) throw new JobNotFoundError(jobId);
      if (job.status !== 'RUNNING') throw new JobConflictError(jobId, ['QUEUED', 'RUNNING'], job.status);
      const next = { ...job, cancelRequested: true };
      jobs.set(jobId, next);
      return next;
    },
    list: async ({ status, limit }) => ({ items: [...jobs.values()].filter((job) => !status || job.status === status).slice(0, limit) }),
    listRowErrors: async () => ({ items: [{ fileIndex: 0, file: 'MASTER.txt', line: 3, field: 'YEAR MFR', reason: 'not a year' }] }),
  };
  const deps = {
    jobs: store as JobStore,
    datasets: {
      size: async (key: string) => {
        const content = files[key];
        if (content === undefined) throw new DatasetPathError(key, 'no such file in the data folder');
        return Buffer.byteLength(content);
      },
      open: async (key: string) => Readable.from([Buffer.from(files[key] ?? '')]),
    },
  } as unknown as IngestionDeps;
  return { deps, jobs };
};
