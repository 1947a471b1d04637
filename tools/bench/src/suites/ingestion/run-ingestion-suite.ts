import { startDynamoDbLocal } from '@aircraftops/dynamodb-local';
import { createDocumentClient, createDynamoDbClient, type DynamoDbConfig } from '@aircraftops/tables';

import type { BenchOptions } from '../../cli';
import { generateTemporaryDataset, type TemporaryDataset } from '../../dataset';
import type { Figure, SuiteReport } from '../../report';
import { median, ratio } from '../../stats';
import { createTableSet } from '../../support';
import type { SuiteContext } from '../suite-context';
import type { LoaderKind } from './bulk-load';
import { measureBulkLoad, type MeasuredBulkLoad } from './measure-bulk-load';
import { INGESTER_WRITER_CONCURRENCY, ingesterChunksInFlight } from './run-ingester';

const RSS_TARGET_MB = 300;
const THROUGHPUT_RATIO_TARGET = 0.9;
/** "Flat": the peak at the largest row count at most this many times the peak at the smallest. */
const RSS_FLAT_FACTOR = 1.2;
/**
 * Rows each loader writes, untimed, before the first measured run. DynamoDB Local's JIT starts cold
 * (and `-XX:TieredStopAtLevel=1` compiles early): the first bulk load into a fresh JVM ran ≈ 15-20 % slower
 * in its server CPU than the next ones, and that first load was always pair 1's baseline.
 */
const WARM_UP_ROWS = 5_000;

const mib = (kib: number | undefined): number | undefined => (kib === undefined ? undefined : kib / 1024);
const rowsPerSecond = (run: MeasuredBulkLoad): number => run.rows / (run.elapsedMs / 1000);

interface Run {
  readonly loader: LoaderKind;
  readonly rows: number;
  readonly result: MeasuredBulkLoad;
}

/**
 * `npm run bench -- ingestion`: a generated MASTER of `--rows` rows written to CoreTable by the ingester
 * and by a raw BatchWriteItem loop, in one DynamoDB Local, at the same concurrency; then peak RSS of
 * each loader at every `--rss-rows` count. Every run is a forked child writing into its own fresh,
 * warmed-up table set created before the first bulk write; pairs alternate which loader goes first.
 *
 * @example
 * ```ts
 * const report = await runIngestionSuite(parseBenchArgs(['ingestion']), context);
 * ```
 */
export const runIngestionSuite = async (options: BenchOptions, context: SuiteContext): Promise<SuiteReport> => {
  const { cleanups, progress } = context;
  const started = performance.now();
  const notes: string[] = [
    `fairness: each run is a separate child process (start-up not timed) writing the same rows into its own empty table set; all sets are created and warmed up before the first bulk write, in one JVM, and each loader first writes ${WARM_UP_ROWS.toLocaleString('en-US')} rows untimed so that no measured run meets a cold JVM; pairs alternate which loader goes first; medians are reported`,
    'ingester: the real use cases with the ports ingestionDepsFromEnv wires; MASTER only (no ACFTREF/ENGINE), so every model/engine reference is unresolved and written anyway; it also does a BatchGet per chunk (delta detection), progress and checkpoint writes — the costs the ratio measures',
    "baseline: rows parsed by the ingester's own parseRegistryFile, items built by the Aircraft entity (same keys, index keys and stamps), BatchWriteItem of 25",
  ];
  const runs: Run[] = [];

  const datasets = new Map<number, TemporaryDataset>();
  for (const rows of new Set([WARM_UP_ROWS, options.rows, ...options.rssRows])) {
    progress(`ingestion: generating a ${rows.toLocaleString('en-US')}-row MASTER (seed ${options.seed})`);
    const dataset = await generateTemporaryDataset(rows, options.seed);
    cleanups.defer(`dataset ${dataset.dir}`, () => dataset.remove());
    datasets.set(rows, dataset);
  }

  progress('ingestion: starting DynamoDB Local (in memory)');
  const jvmOutput: string[] = [];
  const dynamodb = await startDynamoDbLocal({ log: (line) => void jvmOutput.splice(0, Math.max(0, jvmOutput.push(line) - 20)) });
  cleanups.defer('DynamoDB Local', () => dynamodb.stop());
  let jvmExit: string | undefined;
  void dynamodb.exited.then((exit) => (jvmExit = `DynamoDB Local (pid ${dynamodb.pid}) exited: code ${exit.code}, signal ${exit.signal}; its last output:\n${jvmOutput.join('\n')}`));
  const base = { region: 'us-east-1', endpoint: dynamodb.endpoint };
  const client = createDynamoDbClient(base as DynamoDbConfig);
  const documentClient = createDocumentClient(base as DynamoDbConfig);
  cleanups.defer('DynamoDB clients', () => {
    documentClient.destroy();
    client.destroy();
  });

  // Plan first, create every table set, then run: see createTableSet on why the order matters.
  const plan: { loader: LoaderKind; rows: number; prefix: string; warmUp?: true }[] = [];
  for (const loader of ['baseline', 'ingester'] as const) plan.push({ loader, rows: WARM_UP_ROWS, prefix: `${loader}-warmup`, warmUp: true });
  for (let pair = 1; pair <= options.runs; pair++) {
    const order: LoaderKind[] = pair % 2 === 1 ? ['baseline', 'ingester'] : ['ingester', 'baseline'];
    for (const loader of order) plan.push({ loader, rows: options.rows, prefix: `${loader}-${pair}` });
  }
  for (const rows of options.rssRows.filter((count) => count !== options.rows)) {
    for (const loader of ['ingester', 'baseline'] as const) plan.push({ loader, rows, prefix: `${loader}-rss-${rows}` });
  }
  progress(`ingestion: creating ${plan.length} table sets`);
  const configs = new Map<string, DynamoDbConfig>();
  for (const step of plan) configs.set(step.prefix, await createTableSet(client, documentClient, base, step.prefix));

  for (const step of plan) {
    const config = configs.get(step.prefix) as DynamoDbConfig;
    progress(`ingestion: ${step.loader} → ${step.rows.toLocaleString('en-US')} rows into ${config.tableNames.CoreTable}${step.warmUp ? ' (warm-up, not reported)' : ''}`);
    const child = measureBulkLoad({
      loader: step.loader,
      masterPath: (datasets.get(step.rows) as TemporaryDataset).masterPath,
      endpoint: dynamodb.endpoint,
      region: base.region,
      tableNames: config.tableNames,
      concurrency: options.concurrency,
    });
    cleanups.defer(`${step.loader} child`, child.kill);
    let result: MeasuredBulkLoad;
    try {
      result = await child.done;
    } catch (error) {
      // A loader that cannot connect usually means the JVM died under it: say so rather than ECONNREFUSED.
      if (jvmExit !== undefined) throw new Error(`${step.loader} run failed because ${jvmExit}`, { cause: error });
      throw error;
    }
    if (!step.warmUp) runs.push({ loader: step.loader, rows: step.rows, result });
    progress(`ingestion:   ${Math.round(rowsPerSecond(result)).toLocaleString('en-US')} rows/s, peak RSS ${Math.round(result.maxRssKib / 1024)} MB`);
    if (result.rows !== step.rows) notes.push(`${step.prefix}: wrote ${result.rows} rows, expected ${step.rows}`);
  }

  const throughput = (loader: LoaderKind): number[] =>
    runs.filter((run) => run.loader === loader && run.rows === options.rows).map((run) => rowsPerSecond(run.result));
  const baselineRates = throughput('baseline');
  const ingesterRates = throughput('ingester');
  const describeRuns = (rates: number[]): string =>
    `median of ${rates.length} run${rates.length === 1 ? '' : 's'}: ${rates.map((rate) => Math.round(rate).toLocaleString('en-US')).join(', ')}`;

  const figures: Figure[] = [
    { key: 'baseline.rowsPerSecond', label: 'raw BatchWriteItem loop', value: median(baselineRates), unit: 'rows/s', detail: describeRuns(baselineRates) },
    { key: 'ingester.rowsPerSecond', label: 'ingester', value: median(ingesterRates), unit: 'rows/s', detail: describeRuns(ingesterRates) },
    {
      key: 'ingester.throughputRatio',
      label: 'ingester / raw loop',
      value: ratio(median(ingesterRates), median(baselineRates)),
      unit: '×',
      target: { comparison: 'atLeast', limit: THROUGHPUT_RATIO_TARGET },
    },
  ];
  const rssCounts = [...new Set(options.rssRows)].sort((a, b) => a - b);
  const peakOf = (loader: LoaderKind, rows: number): number | undefined => {
    const peaks = runs.filter((run) => run.loader === loader && run.rows === rows).map((run) => run.result.maxRssKib);
    return peaks.length ? mib(Math.max(...peaks)) : undefined;
  };
  for (const loader of ['ingester', 'baseline'] as const) {
    for (const rows of rssCounts) {
      const measured = runs.filter((run) => run.loader === loader && run.rows === rows).map((run) => run.result);
      const sampled = measured.map((result) => result.sampledPeakKib ?? 0);
      const atStart = measured.map((result) => result.rssAtStartKib);
      figures.push({
        key: `${loader}.peakRssMb.${rows}`,
        label: `${loader === 'ingester' ? 'ingester' : 'raw loop'} peak RSS, ${rows.toLocaleString('en-US')} rows`,
        value: peakOf(loader, rows),
        unit: 'MB',
        ...(loader === 'ingester' ? { target: { comparison: 'below' as const, limit: RSS_TARGET_MB } } : {}),
        detail: sampled.length
          ? `child maxRSS; /proc VmHWM sampled ${Math.round(Math.max(...sampled) / 1024)} MB; ${Math.round(Math.max(...atStart) / 1024)} MB before the first row (modules loaded)`
          : 'not measured',
      });
    }
  }
  const smallest = rssCounts[0];
  const largest = rssCounts[rssCounts.length - 1];
  if (smallest !== undefined && largest !== undefined && smallest !== largest) {
    figures.push({
      key: 'ingester.rssGrowth',
      label: `ingester peak RSS ${largest.toLocaleString('en-US')} / ${smallest.toLocaleString('en-US')} rows`,
      value: ratio(peakOf('ingester', largest), peakOf('ingester', smallest)),
      unit: '×',
      target: { comparison: 'below', limit: RSS_FLAT_FACTOR },
      detail: `raw loop: ${(ratio(peakOf('baseline', largest), peakOf('baseline', smallest)) ?? Number.NaN).toFixed(2)}×`,
    });
  }

  return {
    suite: 'ingestion',
    title: 'generated MASTER → CoreTable',
    parameters: {
      rows: options.rows,
      rssRows: options.rssRows.join(','),
      runs: options.runs,
      concurrency: options.concurrency,
      ingester: `startJob + runJob, chunks of 100 (${INGESTER_WRITER_CONCURRENCY} BatchWriteItem each), ${ingesterChunksInFlight(options.concurrency)} chunks in flight, at most ${options.concurrency} BatchWriteItem in flight`,
      batchSize: 25,
      seed: options.seed,
      dynamodb: 'DynamoDB Local 2.6.1, in memory, -Xmx256m -XX:TieredStopAtLevel=1',
      tables: 'CoreTable with 3 GSIs, stream NEW_AND_OLD_IMAGES (nothing reads it here)',
    },
    figures,
    notes,
    durationMs: performance.now() - started,
  };
};
