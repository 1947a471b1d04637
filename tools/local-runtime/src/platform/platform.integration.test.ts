import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { SubscriptionDeclaration } from '@aircraftops/events';
import { AircraftRegistered, AircraftUpdated } from '@aircraftops/events';
import {
  createCoreEntities,
  createDocumentClient,
  createItem,
  createTables,
  updateItem,
} from '@aircraftops/tables';
import type { SQSEvent } from 'aws-lambda';

import { type Platform, startPlatform } from './start-platform';

interface Delivered {
  readonly detailType: string;
  readonly detail: Record<string, unknown> & { metadata: { eventId: string; entity: { id: string } } };
}

const probe: SubscriptionDeclaration = {
  name: 'test-probe',
  description: 'records every aircraft event the test platform delivers',
  eventPattern: { source: ['aircraftops.aircraft'] },
  handler: { module: 'in-test', export: 'probe' },
  batchSize: 10,
  maxReceiveCount: 3,
  visibilityTimeoutSeconds: 5,
};

const aircraftInput = (nNumber: string) => ({
  nNumber,
  serialNumber: `SN-${nNumber}`,
  mfrMdlCode: '3390119',
  engMfrMdl: '52207',
  typeRegistrant: '7',
  registrant: { name: 'FWA LLC', city: 'LAS VEGAS', state: 'NV' },
  certification: '1U',
  typeAircraft: '4',
  typeEngine: '2',
  statusCode: 'V',
  uniqueId: '01386945',
  otherNames: [],
});

const waitFor = async (condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const startWithProbe = async (home: string, persistDir?: string) => {
  const delivered: Delivered[] = [];
  const platform = await startPlatform({ port: 0, home, persistDir, publishState: false });
  platform.bus.addRule(probe, async (event: SQSEvent) => {
    for (const record of event.Records) {
      const envelope = JSON.parse(record.body) as { 'detail-type': string; detail: Delivered['detail'] };
      delivered.push({ detailType: envelope['detail-type'], detail: envelope.detail });
    }
  });
  const documentClient = createDocumentClient(platform.config);
  const { Aircraft } = createCoreEntities(createTables(documentClient, platform.config).core);
  return { platform, delivered, Aircraft, documentClient };
};

describe('the local platform, from a table write to a subscribed consumer', () => {
  let home: string;
  let platform: Platform | undefined;

  beforeEach(() => {
    home = mkdtempSync(path.join(tmpdir(), 'platform-'));
  });
  afterEach(async () => {
    await platform?.stop();
    platform = undefined;
    rmSync(home, { recursive: true, force: true });
  });

  it('delivers typed domain events with actor, correlation id, version and changes; a no-op write emits nothing', async () => {
    const started = await startWithProbe(home);
    platform = started.platform;
    const { Aircraft, delivered } = started;
    const alice = { type: 'user' as const, id: 'alice' };

    await createItem(Aircraft, aircraftInput('511CR'), { actor: alice, correlationId: 'corr-1' });
    await updateItem(Aircraft, { nNumber: '511CR' }, { statusCode: 'V' }, { expectedVersion: 1, actor: alice, correlationId: 'corr-2' });
    await updateItem(Aircraft, { nNumber: '511CR' }, { statusCode: 'T' }, { expectedVersion: 2, actor: alice, correlationId: 'corr-3' });
    await waitFor(() => delivered.length >= 2, 'two aircraft events');
    // The bridge keeps stream order: had the no-op write emitted an event, it would have come before this one.
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(delivered.map((event) => event.detailType)).toEqual(['AircraftRegistered', 'AircraftUpdated']);
    const registered = AircraftRegistered.parse(delivered[0]!.detail);
    expect(registered.metadata).toMatchObject({
      actor: { type: 'user', id: 'alice' },
      correlationId: 'corr-1',
      entity: { type: 'Aircraft', id: '511CR', version: 1 },
    });
    expect(registered.data).toMatchObject({ nNumber: '511CR', serialNumber: 'SN-511CR', statusCode: 'V' });
    expect(registered.data).not.toHaveProperty('PK');
    const updated = AircraftUpdated.parse(delivered[1]!.detail);
    expect(updated.metadata).toMatchObject({ correlationId: 'corr-3', entity: { version: 3 } });
    expect(updated.changes).toEqual({ statusCode: { old: 'V', new: 'T' } });
  });

  it('loses nothing and delivers nothing twice across a restart with --persist mid-stream', async () => {
    const persistDir = path.join(home, 'persist');
    const actor = { type: 'service' as const, id: 'test' };
    const nNumbers = Array.from({ length: 60 }, (_, index) => `${100 + index}AB`);

    const first = await startWithProbe(home, persistDir);
    platform = first.platform;
    for (const nNumber of nNumbers.slice(0, 30)) {
      await createItem(first.Aircraft, aircraftInput(nNumber), { actor, correlationId: `c-${nNumber}` });
    }
    await waitFor(() => first.delivered.length >= 5, 'the first deliveries');
    await first.platform.stop();
    const beforeRestart = [...first.delivered];

    const second = await startWithProbe(home, persistDir);
    platform = second.platform;
    for (const nNumber of nNumbers.slice(30)) {
      await createItem(second.Aircraft, aircraftInput(nNumber), { actor, correlationId: `c-${nNumber}` });
    }
    const all = (): Delivered[] => [...beforeRestart, ...second.delivered];
    await waitFor(() => all().length >= nNumbers.length, 'every registration', 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const ids = all().map((event) => event.detail.metadata.entity.id);
    expect([...ids].sort()).toEqual([...nNumbers].sort());
    expect(new Set(all().map((event) => event.detail.metadata.eventId)).size).toBe(nNumbers.length);
  });
});
