import path from 'node:path';

import { createItem } from '@aircraftops/tables';

import { aircraftInput, type Delivered, startWithProbe, usePlatformHome, waitFor } from './platform.fixtures.test';

// Its own file: Jest gives each file a fresh module registry, as a new process gives a Lambda a cold start.
describe('the local platform restarted with --persist', () => {
  const { home, track } = usePlatformHome();

  // Delivery is at least once, as in AWS: with the declared lanes a stop can leave records after the
  // checkpoint that were already delivered, and they are delivered again after the restart. Consumers
  // deduplicate on the event id (a redelivered record yields the same eventId).
  it('loses nothing across a restart with --persist mid-stream; a duplicate is the same event, as in AWS', async () => {
    const persistDir = path.join(home(), 'persist');
    const actor = { type: 'service' as const, id: 'test' };
    const nNumbers = Array.from({ length: 60 }, (_, index) => `${100 + index}AB`);

    const first = await startWithProbe(home(), persistDir, track);
    for (const nNumber of nNumbers.slice(0, 30)) {
      await createItem(first.Aircraft, aircraftInput(nNumber), { actor, correlationId: `c-${nNumber}` });
    }
    await waitFor(() => first.delivered.length >= 5, 'the first deliveries');
    await first.platform.stop();
    const beforeRestart = [...first.delivered];

    // Same endpoints as before, as a restarted `npm start --persist` offers: the handlers, loaded once per
    // process like warm Lambdas, keep the clients they built at module scope.
    const second = await startWithProbe(home(), persistDir, track, {
      dynamodbPort: first.platform.dynamodb.port,
      eventBridgePort: first.platform.eventBridge.port,
    });
    for (const nNumber of nNumbers.slice(30)) {
      await createItem(second.Aircraft, aircraftInput(nNumber), { actor, correlationId: `c-${nNumber}` });
    }
    const all = (): Delivered[] => [...beforeRestart, ...second.delivered];
    const distinctIds = (): Set<string> => new Set(all().map((event) => event.detail.metadata.entity.id));
    await waitFor(() => distinctIds().size >= nNumbers.length, 'every registration', 60_000);

    // Never lost: every write before, during and after the restart reached the consumer.
    expect([...distinctIds()].sort()).toEqual([...nNumbers].sort());
    // Duplicates possible, but only as the same event: one eventId per registration.
    const eventIdsById = new Map<string, Set<string>>();
    for (const event of all()) {
      const ids = eventIdsById.get(event.detail.metadata.entity.id) ?? new Set<string>();
      ids.add(event.detail.metadata.eventId);
      eventIdsById.set(event.detail.metadata.entity.id, ids);
    }
    expect([...eventIdsById.values()].every((ids) => ids.size === 1)).toBe(true);
    expect(all().every((event) => event.detailType === 'AircraftRegistered')).toBe(true);
  });
});
