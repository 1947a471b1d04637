import type { Command } from 'commander';

import { processIo } from '../../support/command-io';
import { requireRuntime } from '../../support/resolve-endpoints';
import { connectIngestionApi, DEFAULT_SUBJECT } from '../jobs';
import { ingestAction, type IngestOptions } from './ingest';

export { followJob } from './follow-job';
export { formatIngestSummary } from './format-ingest-summary';
export { ingestAction, type IngestOptions, QUEUED_HINT_MS, SUMMARY_ERRORS } from './ingest';
export { JobProgressBar, progressPayload } from './job-progress-bar';
export { UPLOADS_PREFIX, type UploadedFile, uploadFiles, uploadKeyFor } from './upload-files';

/**
 * `aircraftops ingest <files…> [--no-wait] [--json] [--kind K]`.
 * @example
 * registerIngestCommand(program);
 */
export const registerIngestCommand = (program: Command): void => {
  program
    .command('ingest')
    .description('Upload FAA registry files to the local platform and run an ingestion job over them')
    .argument('<files...>', 'MASTER.txt, ACFTREF.txt, ENGINE.txt and/or DEREG.txt (kind read from each header)')
    .option('--no-wait', 'queue the job and return without following it')
    .option('--json', 'print only the final job (id, status, counts) as JSON')
    .option('--kind <kind>', 'the kind of a single file: MASTER, ACFTREF, ENGINE or DEREG')
    .option('--as <sub>', `subject of the CLI's tokens, stamped on the job (default ${DEFAULT_SUBJECT})`)
    .addHelpText(
      'after',
      `
Exit code: 0 when the job COMPLETED (with or without row errors), 1 when it FAILED or was CANCELLED.
Example:
  $ npx aircraftops dataset generate --rows 10000
  $ npx aircraftops ingest .aircraftops/datasets/generated-10000/*.txt`,
    )
    .action(async (files: string[], options: IngestOptions & { as?: string }) => {
      const { exitCode } = await ingestAction(files, options, processIo, async () => {
        const runtime = requireRuntime();
        return { api: await connectIngestionApi({ as: options.as, runtime }), dataDir: runtime.dataDir };
      });
      process.exitCode = exitCode;
    });
};
