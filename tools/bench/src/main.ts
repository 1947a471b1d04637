/**
 * `npm run bench [-- <suite…>] [--json] [options]`: runs the benchmark suites, each on its own
 * DynamoDB Local, and prints the figures with their budgets (architecture.md "Budgets"). Progress goes
 * to stderr; the report (table, or JSON with --json) to stdout. Exit code: 0 when every suite ran
 * (budgets missed are reported, not failed), 1 when a suite failed, 2 for a bad command line,
 * 130 on Ctrl-C. Nothing is left running in any case.
 */
import { BENCH_USAGE, type BenchOptions, parseBenchArgs, type SuiteName } from './cli';
import { BenchError } from './errors';
import { machineFacts } from './machine';
import { type BenchReport, renderReport, type SuiteReport } from './report';
import { runBridgeSuite } from './suites/bridge/run-bridge-suite';
import { runBundlesSuite } from './suites/bundles/run-bundles-suite';
import { runChaosSuite } from './suites/chaos/run-chaos-suite';
import { runIngestionSuite } from './suites/ingestion/run-ingestion-suite';
import type { SuiteContext } from './suites/suite-context';
import { CleanupStack } from './support';

const SUITES: Record<SuiteName, (options: BenchOptions, context: SuiteContext) => Promise<SuiteReport>> = {
  ingestion: runIngestionSuite,
  bridge: runBridgeSuite,
  bundles: runBundlesSuite,
  chaos: runChaosSuite,
};

const progress = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);

const main = async (argv: readonly string[]): Promise<number> => {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(argv);
  } catch (error) {
    if (BenchError.is(error) && error.code === 'bench.usage') {
      process.stderr.write(`bench: ${error.message}\n\n${BENCH_USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    process.stdout.write(`${BENCH_USAGE}\n`);
    return 0;
  }

  const cleanups = new CleanupStack((line) => progress(line));
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (interrupted) return;
    interrupted = true;
    progress(`${signal}: stopping everything the benchmark started`);
    void cleanups.runAll().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const startedAt = new Date().toISOString();
  const machine = await machineFacts();
  const suites: SuiteReport[] = [];
  let failed = false;
  for (const name of options.suites) {
    if (interrupted) break;
    const started = performance.now();
    try {
      suites.push(await SUITES[name](options, { cleanups, progress }));
    } catch (error) {
      failed = true;
      progress(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      suites.push({ suite: name, title: 'failed', parameters: {}, figures: [], notes: [], durationMs: performance.now() - started, error: String((error as Error).message ?? error) });
    } finally {
      progress(`${name}: stopping what it started`);
      await cleanups.runAll();
    }
  }
  if (interrupted) {
    await cleanups.runAll();
    return 130;
  }
  const command = argv.length > 0 ? `npm run bench -- ${argv.join(' ')}` : 'npm run bench';
  const report: BenchReport = { startedAt, command, machine, suites };
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${renderReport(report)}\n`);
  return failed ? 1 : 0;
};

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
