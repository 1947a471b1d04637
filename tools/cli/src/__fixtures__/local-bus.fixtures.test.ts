import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { compileEventPattern, testEventPattern } from '@aircraftops/events';
import type { LocalSubscription } from '@aircraftops/local-runtime';
import { LocalEventBus, startEventBridgeServer } from '@aircraftops/local-runtime';
import type { EventBridgeEvent, EventBridgeServer } from '@aircraftops/local-runtime';
import type { SQSEvent } from 'aws-lambda';

/** A real bus and endpoint, persisted in a temp dir, with two rules: one healthy, one whose consumer fails on demand. */
export interface TestBus {
  readonly bus: LocalEventBus;
  readonly server: EventBridgeServer;
  readonly endpoint: string;
  /** Events the `aircraft-rm` consumer received. */
  readonly delivered: EventBridgeEvent[];
  /** Events the `audit-all` consumer handled successfully. */
  readonly audited: EventBridgeEvent[];
  /** While true, the `audit-all` consumer throws (maxReceiveCount 1: one failure dead-letters). */
  failAudit: boolean;
  put(detailType: string, entityId: string, source?: string): void;
  /** Stops the endpoint only (the platform going away); safe to call before `close`. */
  stopServer(): Promise<void>;
  close(): Promise<void>;
}

const subscription = (name: string, eventPattern: Record<string, unknown>, maxReceiveCount: number): LocalSubscription => ({
  name,
  description: `test rule ${name}`,
  eventPattern,
  batchSize: 10,
  maxReceiveCount,
  visibilityTimeoutSeconds: 30,
});

const bodies = (event: SQSEvent): EventBridgeEvent[] => event.Records.map((record) => JSON.parse(record.body) as EventBridgeEvent);

export async function startTestBus(): Promise<TestBus> {
  const persistDir = mkdtempSync(path.join(tmpdir(), 'aircraftops-cli-bus-'));
  const bus = new LocalEventBus({ matcher: { match: testEventPattern, compile: compileEventPattern }, persistDir, retry: { baseDelayMs: 1 } });
  const server = await startEventBridgeServer({ bus, host: '127.0.0.1' });
  let serverStopped: Promise<void> | undefined;
  const stopServer = (): Promise<void> => (serverStopped ??= server.close());
  const state: TestBus = {
    bus,
    server,
    endpoint: server.endpoint,
    delivered: [],
    audited: [],
    failAudit: false,
    put: (detailType, entityId, source = 'aircraftops.aircraft') => {
      const result = bus.putEvents([
        {
          EventBusName: 'aircraftops',
          Source: source,
          DetailType: detailType,
          Detail: JSON.stringify({ metadata: { eventId: `${detailType}-${entityId}`, entity: { type: 'Aircraft', id: entityId, version: 1 } }, data: {} }),
        },
      ]);
      if (result.FailedEntryCount !== 0) throw new Error(`PutEvents failed: ${JSON.stringify(result.Entries)}`);
    },
    stopServer,
    close: async () => {
      await stopServer();
      await bus.close();
      rmSync(persistDir, { recursive: true, force: true });
    },
  };
  bus.addRule(subscription('aircraft-rm', { source: ['aircraftops.aircraft'] }, 3), async (event) => void state.delivered.push(...bodies(event)));
  bus.addRule(subscription('audit-all', { source: [{ prefix: 'aircraftops.' }] }, 1), async (event) => {
    if (state.failAudit) throw new Error('audit store unavailable');
    state.audited.push(...bodies(event));
  });
  return state;
}

/** Polls until `read()` satisfies `done` (`timeoutMs`, default 5 s, at most). */
export async function waitFor<T>(read: () => T, done: (value: T) => boolean, what = 'condition', timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
