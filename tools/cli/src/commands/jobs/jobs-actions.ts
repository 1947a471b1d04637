import type { CommandIo } from '../../support/command-io';
import { formatJson } from '../../support/format-json';
import type { RowErrorJson } from './api-types';
import { formatJobDetails, formatJobsTable, formatRowErrors } from './format-jobs';
import type { ApiConnector, IngestionApiClient } from './ingestion-api-client';
import { parseLimit, parseStatus } from './parse-job-options';

/** The API page size limit. */
const MAX_PAGE = 100;

/**
 * `aircraftops jobs list`: one page of jobs, newest first.
 * @example
 * await listJobsAction({ status: 'failed' }, processIo, connect);
 */
export const listJobsAction = async (
  options: { status?: string; limit?: string; nextToken?: string; json?: boolean },
  io: CommandIo,
  connect: ApiConnector,
): Promise<void> => {
  const status = parseStatus(options.status);
  const limit = parseLimit(options.limit, MAX_PAGE);
  const page = await (await connect()).listJobs({ status, limit, nextToken: options.nextToken });
  io.stdout(options.json ? formatJson(page) : formatJobsTable(page));
};

/** `aircraftops jobs show <id>`. @example await showJobAction('j1', {}, processIo, connect); */
export const showJobAction = async (jobId: string, options: { json?: boolean }, io: CommandIo, connect: ApiConnector): Promise<void> => {
  const job = await (await connect()).getJob(jobId);
  io.stdout(options.json ? formatJson(job) : formatJobDetails(job));
};

/**
 * Up to `limit` row errors of a job in line order, across pages; `nextToken` when more remain.
 * @example
 * const { errors, nextToken } = await collectRowErrors(api, jobId, 10);
 */
export const collectRowErrors = async (
  api: IngestionApiClient,
  jobId: string,
  limit: number,
): Promise<{ errors: RowErrorJson[]; nextToken?: string }> => {
  const errors: RowErrorJson[] = [];
  let nextToken: string | undefined;
  do {
    const page = await api.listJobErrors(jobId, { limit: Math.min(MAX_PAGE, limit - errors.length), nextToken });
    errors.push(...page.items);
    nextToken = page.nextToken;
  } while (nextToken !== undefined && errors.length < limit);
  return nextToken === undefined ? { errors } : { errors, nextToken };
};

/**
 * `aircraftops jobs errors <id>`: its row errors in line order (`--limit`, default 100, up to 10,000).
 * @example
 * await jobErrorsAction('j1', { limit: '500' }, processIo, connect);
 */
export const jobErrorsAction = async (
  jobId: string,
  options: { limit?: string; json?: boolean },
  io: CommandIo,
  connect: ApiConnector,
): Promise<void> => {
  const limit = parseLimit(options.limit, 10_000) ?? 100;
  const { errors, nextToken } = await collectRowErrors(await connect(), jobId, limit);
  if (options.json) {
    io.stdout(formatJson({ jobId, errors, ...(nextToken === undefined ? {} : { more: true }) }));
    return;
  }
  io.stdout(formatRowErrors(errors, nextToken === undefined ? {} : { more: `Showing the first ${errors.length}; raise --limit for more.` }));
};

/** `aircraftops jobs cancel <id>`. @example await cancelJobAction('j1', {}, processIo, connect); */
export const cancelJobAction = async (jobId: string, options: { json?: boolean }, io: CommandIo, connect: ApiConnector): Promise<void> => {
  const job = await (await connect()).cancelJob(jobId);
  if (options.json) return io.stdout(formatJson(job));
  io.stdout(
    job.status === 'CANCELLED' ? `Job ${jobId} cancelled.\n` : `Job ${jobId} is ${job.status}: cancel requested, it stops after its current chunk.\n`,
  );
};

/** `aircraftops jobs resume <id>`. @example await resumeJobAction('j1', {}, processIo, connect); */
export const resumeJobAction = async (jobId: string, options: { json?: boolean }, io: CommandIo, connect: ApiConnector): Promise<void> => {
  const job = await (await connect()).resumeJob(jobId);
  if (options.json) return io.stdout(formatJson(job));
  io.stdout(`Job ${jobId} is ${job.status} again: it continues from its last checkpoint. Follow it with \`aircraftops jobs show ${jobId}\`.\n`);
};
