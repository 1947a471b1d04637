import path from 'node:path';

import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ingestionDepsFromEnv, runJob, startJob } from '@aircraftops/ingestion';
import { DYNAMODB_ENV, type DynamoDbConfig } from '@aircraftops/tables';

import { BENCH_ACTOR } from '../../dataset';
import { ChildRunFailedError } from '../../errors';

/** The delta writer's BatchWriteItem calls per chunk: 100 rows in batches of 25, all sent at once. */
export const INGESTER_WRITER_CONCURRENCY = 4;

/**
 * The ingester's `chunksInFlight` for a target number of BatchWriteItem calls in flight: enough chunks
 * to fill `concurrency` writes (4 per chunk), plus one that reads its delta (BatchGet) meanwhile. The
 * writer is capped at `concurrency` writes in flight across chunks (`maxWritesInFlight`), so the
 * ingester never has more BatchWriteItem calls in flight than the baseline; without the extra chunk
 * it had fewer, every chunk spending part of its time on its BatchGet.
 *
 * @example
 * ```ts
 * ingesterChunksInFlight(8); // 3 → 2 chunks' worth of writes (8 calls) + 1 chunk reading ahead
 * ```
 */
export const ingesterChunksInFlight = (concurrency: number): number => Math.max(1, Math.round(concurrency / INGESTER_WRITER_CONCURRENCY)) + 1;

/**
 * Runs the real ingestion use cases — `startJob` then `runJob`, with the ports `ingestionDepsFromEnv`
 * wires (DynamoDB job store, delta writer, reference store, local dataset store) — on one MASTER file
 * against the given table set, as the ingestion app's handlers do.
 * @returns the rows the job reports written; a job that does not end COMPLETED is a failed run.
 * @example
 * ```ts
 * const rows = await runIngester({ masterPath, documentClient, config, concurrency: 8 });
 * ```
 */
export const runIngester = async (input: {
  readonly masterPath: string;
  readonly documentClient: DynamoDBDocumentClient;
  readonly config: DynamoDbConfig;
  readonly concurrency: number;
}): Promise<number> => {
  const deps = ingestionDepsFromEnv({
    ...process.env,
    AWS_REGION: input.config.region,
    [DYNAMODB_ENV.endpoint]: input.config.endpoint,
    [DYNAMODB_ENV.coreTable]: input.config.tableNames.CoreTable,
    [DYNAMODB_ENV.jobsTable]: input.config.tableNames.JobsTable,
    [DYNAMODB_ENV.auditTable]: input.config.tableNames.AuditEventsTable,
    AIRCRAFTOPS_DATA_DIR: path.dirname(input.masterPath),
  }, { writer: { maxWritesInFlight: input.concurrency } });
  const job = await startJob(deps, { files: [{ key: path.basename(input.masterPath), kind: 'MASTER' }], startedBy: BENCH_ACTOR });
  const { job: done } = await runJob(deps, job.jobId, { chunksInFlight: ingesterChunksInFlight(input.concurrency) });
  if (done.status !== 'COMPLETED') {
    throw new ChildRunFailedError(`ingestion job ${done.jobId} ended ${done.status}: ${JSON.stringify(done.counts)}`, []);
  }
  return done.counts.written;
};
