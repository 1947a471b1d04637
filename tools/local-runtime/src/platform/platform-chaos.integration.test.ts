import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createCoreEntities, createDocumentClient, createItem, createTables } from '@aircraftops/tables';

import { aircraftInput, usePlatformHome, waitFor } from './platform.fixtures.test';
import { startPlatform } from './start-platform';

const AIRCRAFT = 200;
const RECORDER = 'audit-record-event';

interface AuditItem {
  readonly eventId: string;
  readonly detailType: string;
  readonly entity: { readonly id: string };
}

async function auditItems(documentClient: DynamoDBDocumentClient): Promise<AuditItem[]> {
  const items: AuditItem[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await documentClient.send(new ScanCommand({ TableName: 'AuditEventsTable', ExclusiveStartKey, ConsistentRead: true }));
    items.push(...((page.Items ?? []) as AuditItem[]).filter((item) => typeof item.eventId === 'string'));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

describe('the local platform under chaos', () => {
  const { home, track } = usePlatformHome();

  it('records every aircraft change in the audit trail exactly once despite PutEvents failures, throttles, duplicates and redeliveries', async () => {
    const lines: string[] = [];
    // Fast retry: the recorder's declared visibility timeout is 60 s; the bench runs chaos with it.
    const platform = await startPlatform({
      port: 0,
      home: home(),
      publishState: false,
      chaos: { rate: 0.1, seed: 'integration' },
      fastRetry: true,
      log: (line) => void lines.push(line),
    });
    track(platform);
    const documentClient = createDocumentClient(platform.config);
    const { Aircraft } = createCoreEntities(createTables(documentClient, platform.config).CoreTable);
    expect(lines).toContainEqual(expect.stringMatching(/^chaos: injecting at 10\.0 % \(seed "integration"\)/));
    expect(lines).toContainEqual(expect.stringMatching(/^queues: FAST RETRY/));

    const ids = Array.from({ length: AIRCRAFT }, (_, n) => `${100 + n}CH`);
    for (let from = 0; from < ids.length; from += 20) {
      await Promise.all(ids.slice(from, from + 20).map((id) => createItem(Aircraft, aircraftInput(id), { actor: { type: 'user', id: 'chaos' }, correlationId: 'chaos' })));
    }

    const registered = (items: readonly AuditItem[]) => items.filter((item) => item.detailType === 'AircraftRegistered' && ids.includes(item.entity.id));
    let items: AuditItem[] = [];
    const deadline = Date.now() + 90_000;
    while (new Set(registered(items).map((item) => item.entity.id)).size < AIRCRAFT && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      items = await auditItems(documentClient);
    }
    // Let duplicates and redeliveries still queued play out before counting.
    await waitFor(() => {
      const rule = platform.bus.describeRules().find((summary) => summary.name === RECORDER);
      return rule !== undefined && rule.available === 0 && rule.inFlight === 0;
    }, 'the recorder queue to drain');
    items = registered(await auditItems(documentClient));

    const perEntity = new Map<string, number>();
    for (const item of items) perEntity.set(item.entity.id, (perEntity.get(item.entity.id) ?? 0) + 1);
    expect(ids.filter((id) => !perEntity.has(id))).toEqual([]);
    expect([...perEntity].filter(([, count]) => count > 1)).toEqual([]);
    expect(new Set(items.map((item) => item.eventId)).size).toBe(AIRCRAFT);
    expect(platform.bus.listDeadLetters(RECORDER)).toEqual([]);
    const injected = platform.bus.chaos?.counts();
    expect(injected?.putEventsFailure).toBeGreaterThan(0);
    expect(injected?.consumerThrottle).toBeGreaterThan(0);
    expect(injected?.duplicateDelivery).toBeGreaterThan(0);
    expect(injected?.redelivery).toBeGreaterThan(0);
    documentClient.destroy();
  }, 150_000);
});
