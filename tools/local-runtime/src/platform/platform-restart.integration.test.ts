import path from 'node:path';

import { createItem } from '@aircraftops/tables';

import { aircraftInput, type Delivered, startWithProbe, usePlatformHome, waitFor } from './platform.fixtures.test';

// Its own file: Jest gives each file a fresh module registry, as a new process gives a Lambda a cold start.
describe('the local platform restarted with --persist', () => {
  const { home, track } = usePlatformHome();

  it('loses nothing and delivers nothing twice across a restart with --persist mid-stream', async () => {
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
    await waitFor(() => all().length >= nNumbers.length, 'every registration', 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const ids = all().map((event) => event.detail.metadata.entity.id);
    expect([...ids].sort()).toEqual([...nNumbers].sort());
    expect(new Set(all().map((event) => event.detail.metadata.eventId)).size).toBe(nNumbers.length);
  });
});
