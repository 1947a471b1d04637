import { DATASET_FILE_KINDS } from '@aircraftops/tables';

import { CliError } from '../../support/cli-error';
import type { CommandIo } from '../../support/command-io';
import { EXIT_FAILURE, EXIT_USAGE } from '../../support/exit-codes';
import { formatJson } from '../../support/format-json';
import { collectRowErrors, type IngestionApiClient, type JobJson } from '../jobs';
import { followJob } from './follow-job';
import { formatIngestSummary } from './format-ingest-summary';
import { JobProgressBar } from './job-progress-bar';
import { uploadFiles } from './upload-files';

/** Options of `aircraftops ingest`, as commander gives them. */
export interface IngestOptions {
  /** `--no-wait` sets it false. */
  readonly wait?: boolean;
  readonly json?: boolean;
  readonly kind?: string;
  /** Poll interval while following; default 500 ms. */
  readonly pollMs?: number;
  /** Draw the live bar (off in tests and with --json). Default: stderr is a terminal. */
  readonly progress?: boolean;
  /** Default {@link QUEUED_HINT_MS}. */
  readonly queuedHintMs?: number;
}

/** After this long in QUEUED, `ingest` says where to look (the runner is a stream consumer). */
export const QUEUED_HINT_MS = 30_000;

/** How many row errors the summary shows. */
export const SUMMARY_ERRORS = 10;

const SUCCESS = new Set(['COMPLETED', 'COMPLETED_WITH_ERRORS']);

const parseKind = (kind: string | undefined, files: number): string | undefined => {
  if (kind === undefined) return undefined;
  const upper = kind.toUpperCase();
  if (!(DATASET_FILE_KINDS as readonly string[]).includes(upper)) {
    throw new CliError(`--kind "${kind}" is not a dataset file kind: use one of ${DATASET_FILE_KINDS.join(', ')}.`, EXIT_USAGE);
  }
  if (files !== 1) throw new CliError('--kind applies to a single file; without it each file\'s kind is read from its header.', EXIT_USAGE);
  return upper;
};

/**
 * `aircraftops ingest <files…>`: copies the files into the platform's dataset store, queues a job
 * over them and, unless `wait` is false, follows it to the end with a live bar, then prints a summary
 * (or with `json` only the final job). Exit code 0 for COMPLETED and COMPLETED_WITH_ERRORS, 1 for
 * FAILED and CANCELLED; bad arguments exit 2 before anything is copied.
 * @example
 * const { exitCode } = await ingestAction(['MASTER.txt'], { json: true }, processIo, async () => ({ api, dataDir: runtime.dataDir }));
 */
export const ingestAction = async (
  sources: readonly string[],
  options: IngestOptions,
  io: CommandIo,
  connect: () => Promise<{ readonly api: IngestionApiClient; readonly dataDir: string }>,
): Promise<{ job: JobJson; exitCode: number }> => {
  const kind = parseKind(options.kind, sources.length);
  const target = await connect();
  const uploaded = await uploadFiles(sources, target.dataDir);
  const queued = await target.api.startJob(uploaded.map(({ key }) => (kind === undefined ? { key } : { key, kind })));
  if (options.wait === false) {
    io.stdout(options.json ? formatJson(queued) : `Job ${queued.jobId} ${queued.status}. Follow it with \`aircraftops jobs show ${queued.jobId}\`.\n`);
    return { job: queued, exitCode: 0 };
  }
  if (!options.json) io.stderr(`Job ${queued.jobId} queued (${uploaded.map(({ key }) => key).join(', ')})\n`);

  const bar = (options.progress ?? (!options.json && process.stderr.isTTY)) ? new JobProgressBar() : undefined;
  const queuedSince = Date.now();
  let hinted = false;
  const onUpdate = (update: JobJson): void => {
    bar?.update(update);
    if (!hinted && update.status === 'QUEUED' && Date.now() - queuedSince >= (options.queuedHintMs ?? QUEUED_HINT_MS)) {
      hinted = true;
      io.stderr(`\nJob ${update.jobId} is still QUEUED: is the ingestion-job-runner stream consumer running? See \`aircraftops streams list\`.\n`);
    }
  };
  let job: JobJson;
  try {
    job = await followJob(target.api, queued.jobId, { intervalMs: options.pollMs ?? 500, onUpdate });
  } finally {
    bar?.stop();
  }
  const exitCode = SUCCESS.has(job.status) ? 0 : EXIT_FAILURE;
  if (options.json) {
    io.stdout(formatJson(job));
    return { job, exitCode };
  }
  const { errors, nextToken } = job.counts.rejected > 0 ? await collectRowErrors(target.api, job.jobId, SUMMARY_ERRORS) : { errors: [], nextToken: undefined };
  io.stdout(formatIngestSummary(job, errors, nextToken !== undefined));
  return { job, exitCode };
};
