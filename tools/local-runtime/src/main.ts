import path from 'node:path';

import { Command, InvalidArgumentError } from 'commander';
import pc from 'picocolors';

import { localCorsOrigins } from './gateway';
import { type Platform, startPlatform } from './platform';
import { printBanner } from './platform/print-banner';
import { seedSample } from './platform/seed-sample';
import { runtimeHome } from './state';

const parsePort = (value: string): number => {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new InvalidArgumentError('a port is 0–65535');
  return port;
};

/** A fault rate: a fraction (0.1) or a percentage (10%). */
const parseRate = (value: string): number => {
  const rate = value.endsWith('%') ? Number(value.slice(0, -1)) / 100 : Number(value);
  if (value.trim() === '' || !Number.isFinite(rate) || rate < 0 || rate > 1) throw new InvalidArgumentError('a rate is 0–1 (0.1) or 0–100% (10%)');
  return rate;
};

const program = new Command('npm start --')
  .description('Start the whole AircraftOps platform locally: DynamoDB Local, streams, EventBridge, SQS, HTTP API')
  .option('-p, --port <port>', 'HTTP gateway port', parsePort, 3000)
  .option('--persist <dir>', 'keep tables, queues, archive and checkpoints in <dir> across restarts')
  .option('--no-seed', 'do not ingest the bundled FAA sample into an empty database')
  .option('--verbose', 'log every request and stream batch')
  .option('--cors-origins <origins>', 'browser origins allowed to call the API, comma-separated (default: the gateway\'s localhost origins)')
  .option('--chaos <rate>', 'inject faults at this rate: PutEvents entry failures, consumer throttles, duplicate and repeated deliveries', parseRate)
  .option('--chaos-seed <seed>', 'seed of the injected faults (same seed, same faults)', 'chaos')
  .option('--fast-retry', 'test mode: failed queue messages come back after a short backoff, not their visibility timeout')
  .parse(process.argv);

const options = program.opts<{ port: number; persist?: string; seed: boolean; verbose?: boolean; corsOrigins?: string; chaos?: number; chaosSeed: string; fastRetry?: boolean }>();

const main = async (): Promise<void> => {
  const started = Date.now();
  const verbose = Boolean(options.verbose);
  const log = (line: string): void => {
    if (verbose || !/^\[(gateway|dynamodb)\]/.test(line)) process.stdout.write(`${pc.dim(new Date().toISOString())} ${line}\n`);
  };
  let platform: Platform | undefined = undefined;
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping…\n`);
    await platform?.stop();
    process.stdout.write('stopped.\n');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));

  platform = await startPlatform({
    port: options.port,
    persistDir: options.persist ? path.resolve(options.persist) : undefined,
    corsOrigins: localCorsOrigins(options.port, options.corsOrigins),
    home: runtimeHome(),
    // Handlers log JSON through Powertools; locally only warnings and errors unless asked for more.
    functionLogLevel: verbose ? 'INFO' : 'WARN',
    ...(options.chaos !== undefined ? { chaos: { rate: options.chaos, seed: options.chaosSeed } } : {}),
    fastRetry: Boolean(options.fastRetry),
    log,
  });
  if (stopping) return;
  printBanner(platform, { persistDir: options.persist, startedMs: Date.now() - started });
  if (options.seed && platform.createdTables.includes('CoreTable')) {
    const jobId = await seedSample(platform.dataDir, platform.functions.get('ingestion-start-job')?.env ?? {});
    log(`empty database: ingesting the bundled FAA sample (job ${jobId}); follow it with \`npx aircraftops jobs show ${jobId}\``);
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${pc.red('npm start failed:')} ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
