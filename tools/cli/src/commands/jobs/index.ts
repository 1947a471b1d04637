import type { Command } from 'commander';

import { processIo } from '../../support/command-io';
import { connectIngestionApi, DEFAULT_SUBJECT } from './connect-ingestion-api';
import { cancelJobAction, jobErrorsAction, listJobsAction, resumeJobAction, showJobAction } from './jobs-actions';

export type { JobCountsJson, JobJson, PageJson, RowErrorJson, ScheduleJson } from './api-types';
export { TERMINAL_STATUSES } from './api-types';
export { connectIngestionApi, DEFAULT_SUBJECT } from './connect-ingestion-api';
export { formatCounts, formatJobDetails, formatJobsTable, formatRowErrors } from './format-jobs';
export { type ApiConnector, IngestionApiClient, type TokenProvider } from './ingestion-api-client';
export { type ApiErrorDetail, IngestionApiError } from './ingestion-api-error';
export { cancelJobAction, collectRowErrors, jobErrorsAction, listJobsAction, resumeJobAction, showJobAction } from './jobs-actions';
export { parseLimit, parseStatus } from './parse-job-options';

const AS_HELP = `subject of the CLI's tokens, stamped on writes (default ${DEFAULT_SUBJECT})`;

/**
 * `aircraftops jobs list|show|errors|cancel|resume`, against the running local platform's API.
 * @example
 * registerJobsCommands(program);
 */
export const registerJobsCommands = (program: Command): void => {
  const jobs = program.command('jobs').description('Inspect and control ingestion jobs (the ingestion HTTP API of the local platform)');
  jobs
    .command('list')
    .description('Jobs newest first, optionally of one status')
    .option('--status <status>', 'QUEUED, RUNNING, COMPLETED, COMPLETED_WITH_ERRORS, FAILED or CANCELLED')
    .option('--limit <n>', 'jobs per page, 1 to 100 (default 25)')
    .option('--next-token <token>', 'the page after the one that printed this token')
    .option('--json', 'print the page as JSON')
    .option('--as <sub>', AS_HELP)
    .action(async (options: { status?: string; limit?: string; nextToken?: string; json?: boolean; as?: string }) => {
      await listJobsAction(options, processIo, () => connectIngestionApi(options));
    });
  jobs
    .command('show')
    .description('One job: status, files, counts, progress')
    .argument('<id>', 'job id')
    .option('--json', 'print the job as JSON')
    .option('--as <sub>', AS_HELP)
    .action(async (id: string, options: { json?: boolean; as?: string }) => {
      await showJobAction(id, options, processIo, () => connectIngestionApi(options));
    });
  jobs
    .command('errors')
    .description("A job's rejected rows in line order")
    .argument('<id>', 'job id')
    .option('--limit <n>', 'at most this many errors, 1 to 10000 (default 100)')
    .option('--json', 'print {"jobId", "errors"} as JSON')
    .option('--as <sub>', AS_HELP)
    .action(async (id: string, options: { limit?: string; json?: boolean; as?: string }) => {
      await jobErrorsAction(id, options, processIo, () => connectIngestionApi(options));
    });
  jobs
    .command('cancel')
    .description('Cancel a queued job, or ask a running one to stop')
    .argument('<id>', 'job id')
    .option('--json', 'print the job as JSON')
    .option('--as <sub>', AS_HELP)
    .action(async (id: string, options: { json?: boolean; as?: string }) => {
      await cancelJobAction(id, options, processIo, () => connectIngestionApi(options));
    });
  jobs
    .command('resume')
    .description('Queue a failed job again; it continues from its checkpoints')
    .argument('<id>', 'job id')
    .option('--json', 'print the job as JSON')
    .option('--as <sub>', AS_HELP)
    .action(async (id: string, options: { json?: boolean; as?: string }) => {
      await resumeJobAction(id, options, processIo, () => connectIngestionApi(options));
    });
};
