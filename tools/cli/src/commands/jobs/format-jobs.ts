import { renderTable } from '../../support/render-table';
import { truncateText } from '../../support/truncate-text';
import type { JobCountsJson, JobJson, PageJson, RowErrorJson } from './api-types';

const number = (value: number): string => value.toLocaleString('en-US');
const progressOf = (job: JobJson): string => (job.percent === undefined ? '' : `${job.percent.toFixed(job.percent === 100 ? 0 : 1)}%`);

/**
 * A page of jobs for people, newest first, with the command for the next page.
 * @example
 * io.stdout(formatJobsTable(await api.listJobs({ status: 'FAILED' })));
 */
export const formatJobsTable = (page: PageJson<JobJson>): string => {
  if (page.items.length === 0) return 'No jobs.\n';
  const table = renderTable(
    ['Job', 'Status', 'Created', 'Started by', 'Files', 'Read', 'Written', 'Rejected', 'Progress'],
    page.items.map((job) => [
      job.jobId,
      job.status,
      job.createdAt,
      job.startedBy.id,
      job.dataset.files.map((file) => file.kind).join(','),
      number(job.counts.read),
      number(job.counts.written),
      number(job.counts.rejected),
      progressOf(job),
    ]),
  );
  return page.nextToken === undefined ? table : `${table}More: --next-token ${page.nextToken}\n`;
};

/**
 * The row counters as a two-column table.
 * @example
 * io.stdout(formatCounts(job.counts));
 */
export const formatCounts = (counts: JobCountsJson): string =>
  renderTable(
    ['Rows', 'Count'],
    (['read', 'written', 'unchanged', 'rejected', 'duplicates', 'skipped'] as const).map((name) => [name, number(counts[name])]),
  );

const seconds = (from: string | undefined, to: string | undefined): string | undefined =>
  from === undefined || to === undefined ? undefined : `${((Date.parse(to) - Date.parse(from)) / 1000).toFixed(1)} s`;

/**
 * One job for people: status, who and when, files, then its counts.
 * @example
 * io.stdout(formatJobDetails(await api.getJob(id)));
 */
export const formatJobDetails = (job: JobJson): string => {
  const lines: [string, string | undefined][] = [
    ['Job', job.jobId],
    ['Status', job.cancelRequested && job.status === 'RUNNING' ? 'RUNNING (cancel requested)' : job.status],
    ['Failure', job.failureReason],
    ['Started by', `${job.startedBy.id} (${job.startedBy.type})`],
    ['Created', job.createdAt],
    ['Started', job.startedAt],
    ['Finished', job.finishedAt],
    ['Duration', seconds(job.startedAt, job.finishedAt)],
    ['Progress', job.status === 'RUNNING' ? `${progressOf(job)}, ${number(Math.round(job.rowsPerSecond ?? 0))} rows/s` : undefined],
  ];
  const header = lines
    .filter((line): line is [string, string] => line[1] !== undefined)
    .map(([label, value]) => `${`${label}:`.padEnd(12)}${value}\n`)
    .join('');
  const files = renderTable(
    ['#', 'Kind', 'File', 'Key', 'Bytes'],
    job.dataset.files.map((file, index) => [index, file.kind, file.name, file.key, number(file.bytes)]),
  );
  return `${header}${files}${formatCounts(job.counts)}`;
};

const REASON_WIDTH = 60;
const EXCERPT_WIDTH = 30;

/**
 * Row errors for people, in line order; `more` says how to see the rest.
 * @example
 * io.stdout(formatRowErrors(page.items, { more: page.nextToken !== undefined }));
 */
export const formatRowErrors = (errors: readonly RowErrorJson[], options: { more?: string } = {}): string => {
  if (errors.length === 0) return 'No row errors.\n';
  const table = renderTable(
    ['File', 'Line', 'Field', 'Reason', 'Excerpt'],
    errors.map((error) => [error.file, error.line, error.field, truncateText(error.reason, REASON_WIDTH), truncateText(error.excerpt ?? '', EXCERPT_WIDTH)]),
  );
  return options.more === undefined ? table : `${table}${options.more}\n`;
};
