
import { AircraftRegistered, AircraftUpdated } from '@aircraftops/events';
import { updateItem, createItem } from '@aircraftops/tables';

import { aircraftInput, startWithProbe, usePlatformHome, waitFor } from './platform.fixtures.test';

describe('the local platform, from a table write to a subscribed consumer', () => {
  const { home, track } = usePlatformHome();

  it('delivers typed domain events with actor, correlation id, version and changes; a no-op write emits nothing', async () => {
    const started = await startWithProbe(home(), undefined, track);
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
});
