/**
 * Entry point of a measured child process (forked by measure-bulk-load.ts): runs one loader on one
 * MASTER file against one table set, then reports rows, elapsed time and its own peak RSS over IPC.
 * A separate process per run keeps the peak RSS the loader's own, not the harness's.
 */
import { createDocumentClient } from '@aircraftops/tables';

import { BULK_LOAD_INPUT_ENV, type BulkLoadInput, type BulkLoadResult } from './bulk-load';
import { rawBatchWriteLoop } from './raw-batch-write-loop';
import { runIngester } from './run-ingester';

const main = async (): Promise<void> => {
  const input = JSON.parse(process.env[BULK_LOAD_INPUT_ENV] ?? 'null') as BulkLoadInput | null;
  if (!input || !process.send) throw new Error(`bulk-load-child must be forked with ${BULK_LOAD_INPUT_ENV} set`);
  const config = { region: input.region, endpoint: input.endpoint, tableNames: input.tableNames };
  const documentClient = createDocumentClient(config);
  try {
    const rssAtStartKib = Math.round(process.memoryUsage.rss() / 1024);
    const started = performance.now();
    const load = input.loader === 'baseline' ? rawBatchWriteLoop : runIngester;
    const rows = await load({ masterPath: input.masterPath, documentClient, config, concurrency: input.concurrency });
    const elapsedMs = performance.now() - started;
    const result: BulkLoadResult = { loader: input.loader, rows, elapsedMs, maxRssKib: process.resourceUsage().maxRSS, rssAtStartKib };
    await new Promise<void>((resolve, reject) => process.send?.(result, (error: Error | null) => (error ? reject(error) : resolve())));
  } finally {
    documentClient.destroy();
  }
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const failure = error instanceof Error ? { name: error.name, code: (error as { code?: unknown }).code, message: error.message } : { message: String(error) };
    process.send?.({ failure }, () => process.exit(1));
    if (!process.send) process.exit(1);
  },
);
