import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { startPlatform } from '@aircraftops/local-runtime';
import { createDocumentClient } from '@aircraftops/tables';

import type { BenchOptions } from '../../cli';
import { generateTemporaryDataset } from '../../dataset';
import { type Figure, formatNumber, type SuiteReport } from '../../report';
import { percentile } from '../../stats';
import type { SuiteContext } from '../suite-context';
import { countPutEvents } from './count-put-events';
import { latencies } from './latencies';
import { addLatencyProbe, PROBE_RULE } from './latency-probe';
import { writeAircraftChanges } from './write-aircraft-changes';

const EVENTS_PER_CALL_TARGET = 9.5;
const LATENCY_P50_TARGET_MS = 1000;
/** After the writes, give up when no event has arrived for this long (the bridge is stuck or absent). */
const STALL_MS = 30_000;
const POLL_MS = 100;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `npm run bench -- bridge`: boots the real local platform (DynamoDB Local, stream pollers with the
 * stream-bridge consumers, the local EventBridge with every app's subscriptions), adds a probe rule,
 * writes `--changes` new Aircraft items with BatchWrite and measures events per PutEvents call, bridge
 * throughput and write → consumer latency.
 *
 * @example
 * ```ts
 * const report = await runBridgeSuite(parseBenchArgs(['bridge']), context);
 * ```
 */
export const runBridgeSuite = async (options: BenchOptions, context: SuiteContext): Promise<SuiteReport> => {
  const { cleanups, progress } = context;
  const started = performance.now();
  const notes: string[] = [];
  if (options.changes < 10_000) notes.push(`--changes ${options.changes} is below the 10,000 the acceptance criterion asks for`);

  progress(`bridge: generating ${options.changes.toLocaleString('en-US')} aircraft (seed ${options.seed})`);
  const dataset = await generateTemporaryDataset(options.changes, options.seed);
  cleanups.defer(`dataset ${dataset.dir}`, () => dataset.remove());
  const home = await mkdtemp(path.join(os.tmpdir(), 'aircraftops-bench-home-'));
  cleanups.defer(`home ${home}`, () => rm(home, { recursive: true, force: true }));

  progress('bridge: starting the local platform (in memory, port 0)');
  const platformLog: string[] = [];
  const platform = await startPlatform({ port: 0, home, publishState: false, log: (line) => void platformLog.push(line) });
  cleanups.defer('local platform', () => platform.stop());
  const streamConsumers = platform.streamConsumers.map((consumer) => consumer.describe().name);
  if (platform.streamConsumers.length === 0) {
    notes.push('no stream consumer is declared by any app manifest: the stream-bridge is not wired, so no event can reach the bus');
  }

  const { tally, restore } = countPutEvents(platform.bus);
  cleanups.defer('PutEvents counter', restore);
  const acceptedAt = new Map<string, number>();
  const unsubscribe = platform.bus.onEvent((event) => {
    const id = (event.detail as { metadata?: { entity?: { id?: unknown } } } | undefined)?.metadata?.entity?.id;
    if (event.source === 'aircraftops.aircraft' && typeof id === 'string' && !acceptedAt.has(id)) acceptedAt.set(id, Date.now());
  });
  cleanups.defer('event listener', unsubscribe);
  const deliveredAt = addLatencyProbe(platform.bus);

  const documentClient = createDocumentClient(platform.config);
  cleanups.defer('document client', () => documentClient.destroy());
  progress(`bridge: writing ${options.changes.toLocaleString('en-US')} Aircraft items (BatchWrite 25, ${options.concurrency} in flight)`);
  const { writtenAt, firstWriteAt } = await writeAircraftChanges({
    masterPath: dataset.masterPath,
    documentClient,
    config: platform.config,
    concurrency: options.concurrency,
  });
  const writesDoneAt = Date.now();
  progress(`bridge: writes done in ${((writesDoneAt - (firstWriteAt ?? writesDoneAt)) / 1000).toFixed(1)} s; waiting for events`);

  const deadline = writesDoneAt + options.drainTimeoutSeconds * 1000;
  let lastProgressAt = writesDoneAt;
  let lastCount = -1;
  while (deliveredAt.size < writtenAt.size) {
    const now = Date.now();
    const count = acceptedAt.size + deliveredAt.size;
    if (count !== lastCount) {
      lastCount = count;
      lastProgressAt = now;
    }
    if (now >= deadline) {
      notes.push(`stopped waiting after --drain-timeout ${options.drainTimeoutSeconds} s`);
      break;
    }
    if (now - lastProgressAt >= STALL_MS) {
      notes.push(`stopped waiting: no event accepted or delivered for ${STALL_MS / 1000} s`);
      break;
    }
    await sleep(POLL_MS);
  }
  const accepted = [...acceptedAt.values()];
  const lastAcceptedAt = accepted.length ? Math.max(...accepted) : undefined;
  const { values, missing } = latencies(writtenAt, deliveredAt);
  if (missing.length > 0) notes.push(`${missing.length.toLocaleString('en-US')} of ${writtenAt.size.toLocaleString('en-US')} written items never reached the probe consumer`);
  if (tally.failedEntries > 0) notes.push(`the bus rejected ${tally.failedEntries} PutEvents entries`);
  const failures = platformLog.filter((line) => /fail|error/i.test(line));
  if (failures.length > 0) notes.push(`platform reported ${failures.length} failure line(s), first: ${failures[0]}`);
  notes.push(
    'latency: from the moment an item\'s batch was sent to its event\'s arrival at a probe consumer subscribed through its own rule and queue (the apps\' delivery path); the architecture budget is write → audit record visible, p50 < 1 s',
  );

  const toBus = latencies(writtenAt, acceptedAt).values;
  const toConsumer = latencies(acceptedAt, deliveredAt).values;
  const writeRate = writtenAt.size / Math.max(0.001, (writesDoneAt - (firstWriteAt ?? writesDoneAt)) / 1000);
  const bridgeSeconds = firstWriteAt !== undefined && lastAcceptedAt !== undefined ? (lastAcceptedAt - firstWriteAt) / 1000 : undefined;
  const figures: Figure[] = [
    { key: 'bridge.itemsWritten', label: 'Aircraft items written', value: writtenAt.size, unit: 'items' },
    { key: 'bridge.eventsAccepted', label: 'Aircraft events accepted by the bus', value: acceptedAt.size, unit: 'events' },
    {
      key: 'bridge.eventsPerPutEvents',
      label: 'events per PutEvents call',
      value: tally.calls > 0 ? tally.entries / tally.calls : undefined,
      unit: 'events/call',
      target: { comparison: 'atLeast', limit: EVENTS_PER_CALL_TARGET },
      detail: `${tally.entries.toLocaleString('en-US')} entries in ${tally.calls.toLocaleString('en-US')} calls`,
    },
    {
      key: 'bridge.recordsPerSecond',
      label: 'bridge throughput',
      value: bridgeSeconds !== undefined && bridgeSeconds > 0 ? acceptedAt.size / bridgeSeconds : undefined,
      unit: 'records/s',
      detail: 'first item written → last event accepted',
    },
    { key: 'bridge.latencyP50Ms', label: 'write → consumer latency p50', value: percentile(values, 50), unit: 'ms', target: { comparison: 'below', limit: LATENCY_P50_TARGET_MS } },
    { key: 'bridge.latencyP99Ms', label: 'write → consumer latency p99', value: percentile(values, 99), unit: 'ms' },
    { key: 'bridge.writeToBusP50Ms', label: 'write → event accepted by the bus p50', value: percentile(toBus, 50), unit: 'ms', detail: `p99 ${formatNumber(percentile(toBus, 99))} ms` },
    { key: 'bridge.busToConsumerP50Ms', label: 'bus → consumer p50', value: percentile(toConsumer, 50), unit: 'ms', detail: `p99 ${formatNumber(percentile(toConsumer, 99))} ms` },
    { key: 'bridge.writeItemsPerSecond', label: 'write rate (for reference)', value: writeRate, unit: 'items/s' },
  ];
  const bridgeRate = figures.find((figure) => figure.key === 'bridge.recordsPerSecond')?.value;
  if (bridgeRate !== undefined && writeRate > bridgeRate * 1.1) {
    notes.push(
      `the writer (${formatNumber(writeRate)} items/s) outpaced the bridge (${formatNumber(bridgeRate)} records/s): stream records queue up, so the latency percentiles mostly measure that backlog`,
    );
  }

  return {
    suite: 'bridge',
    title: 'Aircraft changes → stream-bridge → local EventBridge',
    parameters: {
      changes: options.changes,
      batchSize: 25,
      concurrency: options.concurrency,
      seed: options.seed,
      change: 'new Aircraft items (INSERT → AircraftRegistered)',
      streamConsumers: streamConsumers.join(',') || 'none',
      probeRule: PROBE_RULE,
      dynamodb: 'DynamoDB Local 2.6.1, in memory (local platform)',
    },
    figures,
    notes,
    durationMs: performance.now() - started,
  };
};
