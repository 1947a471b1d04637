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
import { addAuditProbe } from './audit-probe';
import { addLatencyProbe, PROBE_RULE } from './latency-probe';
import { waitForDelivery } from './wait-for-delivery';
import { writeAircraftChanges } from './write-aircraft-changes';

const EVENTS_PER_CALL_TARGET = 9.5;
const LATENCY_P50_TARGET_MS = 1000;
const STALL_MS = 30_000;
/** The trickle after the bulk: batches of 5, one every 250 ms (20 items/s, far below the bridge's rate). */
const TRICKLE = { count: 100, batchSize: 5, pauseMs: 250, timeoutMs: 60_000 } as const;

const entityIdOf = (detail: unknown): unknown => (detail as { metadata?: { entity?: { id?: unknown } } } | undefined)?.metadata?.entity?.id;

/**
 * `npm run bench -- bridge`: boots the real local platform (DynamoDB Local, stream pollers with every
 * app's stream consumers, the local EventBridge with every app's subscriptions), adds a probe rule,
 * writes `--changes` new Aircraft items with BatchWrite and measures events per PutEvents call, bridge
 * throughput and write → consumer latency; then a trickle of 100 items shows the latency without a backlog.
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

  progress(`bridge: generating ${(options.changes + TRICKLE.count).toLocaleString('en-US')} aircraft (seed ${options.seed})`);
  const dataset = await generateTemporaryDataset(options.changes + TRICKLE.count, options.seed);
  cleanups.defer(`dataset ${dataset.dir}`, () => dataset.remove());
  const home = await mkdtemp(path.join(os.tmpdir(), 'aircraftops-bench-home-'));
  cleanups.defer(`home ${home}`, () => rm(home, { recursive: true, force: true }));

  progress('bridge: starting the local platform (in memory, port 0)');
  const platformLog: string[] = [];
  const platform = await startPlatform({ port: 0, home, publishState: false, log: (line) => void platformLog.push(line) });
  cleanups.defer('local platform', () => platform.stop());
  const streamConsumers = platform.streamConsumers.map((consumer) => consumer.describe().name);
  if (streamConsumers.length === 0) notes.push('no app declares a stream consumer: the stream-bridge is not wired, so no event can reach the bus');

  const { tally, restore } = countPutEvents(platform.bus);
  cleanups.defer('PutEvents counter', restore);
  const acceptedAt = new Map<string, number>();
  const unsubscribe = platform.bus.onEvent((event) => {
    const id = entityIdOf(event.detail);
    if (event.source === 'aircraftops.aircraft' && typeof id === 'string' && !acceptedAt.has(id)) acceptedAt.set(id, Date.now());
  });
  cleanups.defer('event listener', unsubscribe);
  const deliveredAt = addLatencyProbe(platform.bus);
  const audit = addAuditProbe(platform.functions);
  cleanups.defer('audit probe', audit.restore);
  const documentClient = createDocumentClient(platform.config);
  cleanups.defer('document client', () => documentClient.destroy());
  const target = { masterPath: dataset.masterPath, documentClient, config: platform.config };

  progress(`bridge: writing ${options.changes.toLocaleString('en-US')} Aircraft items (BatchWrite 25, ${options.concurrency} in flight)`);
  const bulk = await writeAircraftChanges({ ...target, count: options.changes, batchSize: 25, concurrency: options.concurrency });
  progress(`bridge: writes done in ${((bulk.doneAt - (bulk.firstWriteAt ?? bulk.doneAt)) / 1000).toFixed(1)} s; waiting for events`);
  const bulkStopped = await waitForDelivery(bulk.writtenAt, acceptedAt, deliveredAt, { deadline: bulk.doneAt + options.drainTimeoutSeconds * 1000, stallMs: STALL_MS });
  if (bulkStopped) notes.push(`bulk: ${bulkStopped}`);
  const bulkTally = { ...tally };
  const bulkAccepted = [...bulk.writtenAt.keys()].map((id) => acceptedAt.get(id)).filter((at): at is number => at !== undefined);
  const lastAcceptedAt = bulkAccepted.length ? Math.max(...bulkAccepted) : undefined;
  const bulkLatency = latencies(bulk.writtenAt, deliveredAt);
  progress('bridge: waiting for the audit trail to record the bulk');
  const auditStopped = await waitForDelivery(bulk.writtenAt, acceptedAt, audit.recordedAt, { deadline: Date.now() + options.drainTimeoutSeconds * 1000, stallMs: STALL_MS });
  if (auditStopped) notes.push(`audit: ${auditStopped}`);
  const auditLatency = latencies(bulk.writtenAt, audit.recordedAt);
  const bulkAudited = [...bulk.writtenAt.keys()].map((id) => audit.recordedAt.get(id)).filter((at): at is number => at !== undefined);
  const auditSeconds = bulk.firstWriteAt !== undefined && bulkAudited.length > 0 ? (Math.max(...bulkAudited) - bulk.firstWriteAt) / 1000 : undefined;
  if (bulkLatency.missing.length > 0) notes.push(`bulk: ${bulkLatency.missing.length} of ${bulk.writtenAt.size} written items never reached the probe consumer`);

  let trickleLatency: number[] = [];
  if (bulkStopped === undefined) {
    progress(`bridge: trickle of ${TRICKLE.count} items (${TRICKLE.batchSize} every ${TRICKLE.pauseMs} ms)`);
    const trickle = await writeAircraftChanges({ ...target, from: options.changes, count: TRICKLE.count, batchSize: TRICKLE.batchSize, concurrency: 1, pauseMs: TRICKLE.pauseMs });
    const trickleStopped = await waitForDelivery(trickle.writtenAt, acceptedAt, deliveredAt, { deadline: trickle.doneAt + TRICKLE.timeoutMs, stallMs: STALL_MS });
    if (trickleStopped) notes.push(`trickle: ${trickleStopped}`);
    trickleLatency = latencies(trickle.writtenAt, deliveredAt).values;
  } else {
    notes.push('trickle skipped: the bulk did not drain');
  }

  if (tally.failedEntries > 0) notes.push(`the bus rejected ${tally.failedEntries} PutEvents entries`);
  const failures = platformLog.filter((line) => /fail|error/i.test(line));
  if (failures.length > 0) notes.push(`the platform logged ${failures.length} failure line(s), first: ${failures[0]}`);

  const writeRate = bulk.writtenAt.size / Math.max(0.001, (bulk.doneAt - (bulk.firstWriteAt ?? bulk.doneAt)) / 1000);
  const bridgeSeconds = bulk.firstWriteAt !== undefined && lastAcceptedAt !== undefined ? (lastAcceptedAt - bulk.firstWriteAt) / 1000 : undefined;
  const bridgeRate = bridgeSeconds !== undefined && bridgeSeconds > 0 ? bulkAccepted.length / bridgeSeconds : undefined;
  if (bridgeRate !== undefined && writeRate > bridgeRate * 1.1) {
    notes.push(
      `the writer (${formatNumber(writeRate)} items/s) outpaced the bridge (${formatNumber(bridgeRate)} records/s): stream records queue up, so the bulk latency mostly measures that backlog; the trickle shows the latency without one`,
    );
  }
  notes.push("latency: from an item's batch being sent to its event reaching a probe consumer through its own rule and queue (the apps' delivery path); the architecture budget is write → audit record visible, p50 < 1 s");

  const toBus = latencies(bulk.writtenAt, acceptedAt).values;
  const toConsumer = latencies(acceptedAt, deliveredAt).values;
  const figures: Figure[] = [
    { key: 'bridge.itemsWritten', label: 'Aircraft items written (bulk)', value: bulk.writtenAt.size, unit: 'items' },
    { key: 'bridge.eventsAccepted', label: 'their events accepted by the bus', value: bulkAccepted.length, unit: 'events' },
    {
      key: 'bridge.eventsPerPutEvents',
      label: 'events per PutEvents call (bulk)',
      value: bulkTally.calls > 0 ? bulkTally.entries / bulkTally.calls : undefined,
      unit: 'events/call',
      target: { comparison: 'atLeast', limit: EVENTS_PER_CALL_TARGET },
      detail: `${bulkTally.entries.toLocaleString('en-US')} entries in ${bulkTally.calls.toLocaleString('en-US')} calls`,
    },
    { key: 'bridge.recordsPerSecond', label: 'bridge throughput', value: bridgeRate, unit: 'records/s', detail: 'first item written → last event accepted' },
    { key: 'bridge.latencyP50Ms', label: 'bulk: write → consumer p50', value: percentile(bulkLatency.values, 50), unit: 'ms', target: { comparison: 'below', limit: LATENCY_P50_TARGET_MS } },
    { key: 'bridge.latencyP99Ms', label: 'bulk: write → consumer p99', value: percentile(bulkLatency.values, 99), unit: 'ms' },
    { key: 'bridge.writeToBusP50Ms', label: 'bulk: write → accepted by the bus p50', value: percentile(toBus, 50), unit: 'ms', detail: `p99 ${formatNumber(percentile(toBus, 99))} ms` },
    { key: 'bridge.busToConsumerP50Ms', label: 'bus → consumer p50', value: percentile(toConsumer, 50), unit: 'ms', detail: `p99 ${formatNumber(percentile(toConsumer, 99))} ms` },
    { key: 'bridge.writeToAuditP50Ms', label: 'bulk: write → audit record p50', value: percentile(auditLatency.values, 50), unit: 'ms', detail: `p99 ${formatNumber(percentile(auditLatency.values, 99))} ms; ${auditLatency.missing.length} not recorded` },
    { key: 'bridge.writeToAuditP99Ms', label: 'bulk: write → audit record p99', value: percentile(auditLatency.values, 99), unit: 'ms' },
    {
      key: 'bridge.auditRecordsPerSecond',
      label: 'audit drain rate',
      value: auditSeconds !== undefined && auditSeconds > 0 ? bulkAudited.length / auditSeconds : undefined,
      unit: 'records/s',
      detail: 'first item written → last audit record',
    },
    { key: 'bridge.writeItemsPerSecond', label: 'bulk write rate (for reference)', value: writeRate, unit: 'items/s' },
    {
      key: 'bridge.trickleLatencyP50Ms',
      label: `trickle: write → consumer p50`,
      value: percentile(trickleLatency, 50),
      unit: 'ms',
      target: { comparison: 'below', limit: LATENCY_P50_TARGET_MS },
      detail: `${trickleLatency.length} items, ${TRICKLE.batchSize} every ${TRICKLE.pauseMs} ms, after the bulk drained`,
    },
    { key: 'bridge.trickleLatencyP99Ms', label: 'trickle: write → consumer p99', value: percentile(trickleLatency, 99), unit: 'ms' },
  ];

  return {
    suite: 'bridge',
    title: 'Aircraft changes → stream-bridge → local EventBridge',
    parameters: {
      changes: options.changes,
      batchSize: 25,
      concurrency: options.concurrency,
      trickle: `${TRICKLE.count} items, ${TRICKLE.batchSize} every ${TRICKLE.pauseMs} ms`,
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
