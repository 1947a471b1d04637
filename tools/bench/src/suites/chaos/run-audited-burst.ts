import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import type { ChaosKind } from '@aircraftops/local-runtime';
import { startPlatform } from '@aircraftops/local-runtime';
import { createDocumentClient } from '@aircraftops/tables';

import type { TemporaryDataset } from '../../dataset';
import type { CleanupStack } from '../../support';
import { countPutEvents } from '../bridge/count-put-events';
import { writeAircraftChanges } from '../bridge/write-aircraft-changes';
import { scanAuditRecords } from './audit-records';
import { exactlyOnce, type ExactlyOnceTally } from './exactly-once';

/** The audit trail's recorder: the consumer whose records are counted. */
export const RECORDER = 'audit-record-event';

/** One burst of new aircraft, written to a fresh platform and followed into the audit trail. */
export interface AuditedBurstInput {
  readonly dataset: TemporaryDataset;
  readonly changes: number;
  readonly concurrency: number;
  readonly chaos?: { readonly rate: number; readonly seed: string };
  /** Seconds to wait for the audit trail beyond what retries can take. */
  readonly drainTimeoutSeconds: number;
  readonly cleanups: CleanupStack;
  readonly progress: (line: string) => void;
}

/** What one burst measured. */
export interface AuditedBurst extends ExactlyOnceTally {
  readonly writtenAt: ReadonlyMap<string, number>;
  /** When the bus accepted each entity's event (epoch ms): bridge lag apart from the recorder's. */
  readonly acceptedAt: ReadonlyMap<string, number>;
  readonly firstWriteAt: number | undefined;
  readonly writesDoneAt: number;
  readonly putEvents: { readonly calls: number; readonly entries: number; readonly failedEntries: number };
  readonly deadLetters: number;
  readonly injected: Readonly<Record<ChaosKind, number>> | undefined;
  readonly maximumConcurrency: number | undefined;
  /** Why waiting stopped early, when it did. */
  readonly stopped: string | undefined;
  readonly failureLines: readonly string[];
}

const AIRCRAFT_EVENT = 'AircraftRegistered';

/**
 * Starts the real local platform (optionally under chaos, with the declared visibility timeouts),
 * writes `changes` new Aircraft items with BatchWrite, waits until every event was accepted by the bus
 * and the recorder's queue is empty (nothing visible, nothing waiting for its visibility timeout),
 * then counts the audit records with a Scan.
 * @example
 * ```ts
 * const burst = await runAuditedBurst({ dataset, changes: 10_000, concurrency: 8, chaos: { rate: 0.1, seed: '42' }, drainTimeoutSeconds: 180, cleanups, progress });
 * ```
 */
export const runAuditedBurst = async (input: AuditedBurstInput): Promise<AuditedBurst> => {
  const { cleanups, progress } = input;
  const home = await mkdtemp(path.join(os.tmpdir(), 'aircraftops-bench-chaos-'));
  cleanups.defer(`home ${home}`, () => rm(home, { recursive: true, force: true }));
  const platformLog: string[] = [];
  const platform = await startPlatform({ port: 0, home, publishState: false, ...(input.chaos ? { chaos: input.chaos } : {}), log: (line) => void platformLog.push(line) });
  cleanups.defer('local platform', () => platform.stop());
  const { tally, restore } = countPutEvents(platform.bus);
  cleanups.defer('PutEvents counter', restore);
  const accepted = new Map<string, number>();
  const unsubscribe = platform.bus.onEvent((event) => {
    const id = (event.detail as { metadata?: { entity?: { id?: unknown } } }).metadata?.entity?.id;
    if (event['detail-type'] === AIRCRAFT_EVENT && typeof id === 'string' && !accepted.has(id)) accepted.set(id, Date.now());
  });
  cleanups.defer('event listener', unsubscribe);
  const documentClient = createDocumentClient(platform.config);
  cleanups.defer('document client', () => documentClient.destroy());
  const recorder = () => platform.bus.describeRules().find((rule) => rule.name === RECORDER);

  progress(`chaos: writing ${input.changes.toLocaleString('en-US')} Aircraft items${input.chaos ? ` under ${input.chaos.rate * 100} % chaos` : ' (no chaos)'}`);
  const written = await writeAircraftChanges({ masterPath: input.dataset.masterPath, documentClient, config: platform.config, count: input.changes, batchSize: 25, concurrency: input.concurrency });
  const rule = recorder();
  // The slowest message may be throttled or failed up to maxReceiveCount − 1 times, each costing a visibility timeout.
  const retrySeconds = rule ? rule.visibilityTimeoutSeconds * rule.maxReceiveCount : 0;
  const deadline = written.doneAt + (input.drainTimeoutSeconds + retrySeconds) * 1000;
  const stallMs = ((rule?.visibilityTimeoutSeconds ?? 0) + 60) * 1000;
  progress(`chaos: writes done; waiting for the audit trail (at most ${Math.round((deadline - Date.now()) / 1000)} s)`);
  const stopped = await waitForQuiet(() => {
    const summary = recorder();
    const done = accepted.size >= written.writtenAt.size && summary !== undefined && summary.available + summary.inFlight === 0;
    return { done, signature: `${accepted.size}/${summary?.available}/${summary?.inFlight}/${summary?.deadLetters}` };
  }, deadline, stallMs);

  const records = await scanAuditRecords(documentClient, platform.config.tableNames.AuditEventsTable);
  return {
    ...exactlyOnce(written.writtenAt.keys(), records, AIRCRAFT_EVENT),
    writtenAt: written.writtenAt,
    acceptedAt: accepted,
    firstWriteAt: written.firstWriteAt,
    writesDoneAt: written.doneAt,
    putEvents: { ...tally },
    deadLetters: platform.bus.listDeadLetters(RECORDER).length,
    injected: platform.bus.chaos?.counts(),
    maximumConcurrency: rule?.maximumConcurrency,
    stopped,
    failureLines: platformLog.filter((line) => /fail|error/i.test(line) && !/^chaos: |TooManyRequestsException|Rate Exceeded/.test(line)),
  };
};

/** Polls until `check().done` holds twice in a row; returns why it stopped early (deadline or stall), if it did. */
const waitForQuiet = async (check: () => { done: boolean; signature: string }, deadline: number, stallMs: number): Promise<string | undefined> => {
  let doneOnce = false;
  let last = '';
  let lastChangeAt = Date.now();
  for (;;) {
    const { done, signature } = check();
    if (done && doneOnce) return undefined;
    doneOnce = done;
    const now = Date.now();
    if (signature !== last) {
      last = signature;
      lastChangeAt = now;
    }
    if (now >= deadline) return `stopped waiting at the deadline (accepted/available/in flight/dead: ${signature})`;
    if (now - lastChangeAt >= stallMs) return `stopped waiting: no progress for ${stallMs / 1000} s (accepted/available/in flight/dead: ${signature})`;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};
