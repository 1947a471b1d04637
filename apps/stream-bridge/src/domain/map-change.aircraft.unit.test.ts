import { AircraftDeregistered, AircraftPurged, AircraftRegistered, AircraftUpdated } from '@aircraftops/events';

import { aircraft, CREATED_AT, entities, MODIFIED_AT, stamps } from '../testing/entity-items.fixtures.test';
import { changeOf } from '../testing/stream-change.fixtures.test';
import { deriveEventId } from './derive-event-id';
import { mapChange } from './map-change';
import type { LooseJson } from '../testing/loose-json.fixtures.test';

const LATER = '2025-11-22T08:00:00.000Z';
const v2 = (overrides: Record<string, unknown> = {}) => aircraft({ ...stamps(2, LATER), ...overrides });
const detailOf = (events: readonly { detail: object }[], index = 0) => events[index]?.detail as LooseJson;

describe('mapChange: Aircraft', () => {
  it('INSERT → AircraftRegistered with the item stamps as metadata and the domain view as data', () => {
    const change = changeOf(entities.Aircraft, { eventName: 'INSERT', newRaw: aircraft() });

    const { events } = mapChange(change);

    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ source: 'aircraftops.aircraft', detailType: 'AircraftRegistered', time: new Date(MODIFIED_AT) });
    const detail = detailOf(events);
    expect(detail.metadata).toEqual({
      eventId: deriveEventId(change.recordId, 'AircraftRegistered'),
      eventVersion: 1,
      occurredAt: MODIFIED_AT,
      correlationId: 'req-v1',
      actor: { type: 'user', id: 'operator-42' },
      entity: { type: 'Aircraft', id: '511CR', version: 1 },
    });
    expect(detail.data).toMatchObject({ nNumber: '511CR', statusCode: 'V', registrant: { name: 'FWA LLC' }, otherNames: [] });
    for (const hidden of ['PK', 'SK', 'GSI1PK', 'GSI2PK', '_et', 'version', 'updatedBy', 'correlationId', 'createdAt', 'modifiedAt', 'contentHash']) {
      expect(detail.data).not.toHaveProperty(hidden);
    }
    expect(AircraftRegistered.safeParse(detail).success).toBe(true);
  });

  it('MODIFY → AircraftUpdated with old and new value of each changed field, absent sides left out', () => {
    const change = changeOf(entities.Aircraft, { eventName: 'MODIFY', oldRaw: aircraft(), newRaw: v2({ statusCode: 'T', kitMfr: undefined, kitModel: 'RV-7' }) });

    const { events } = mapChange(change);

    expect(events.map((event) => event.detailType)).toEqual(['AircraftUpdated']);
    const detail = detailOf(events);
    expect(detail.changes).toEqual({ statusCode: { old: 'V', new: 'T' }, kitMfr: { old: 'VANS' }, kitModel: { new: 'RV-7' } });
    expect(detail.data.statusCode).toBe('T');
    expect(detail.metadata).toMatchObject({ occurredAt: LATER, correlationId: 'req-v2', actor: { id: 'operator-2' }, entity: { version: 2 } });
    expect(AircraftUpdated.safeParse(detail).success).toBe(true);
  });

  it('MODIFY that touches only stamps, timestamps and the content hash emits nothing', () => {
    const change = changeOf(entities.Aircraft, { eventName: 'MODIFY', oldRaw: aircraft(), newRaw: v2({ contentHash: 'hash-2', createdAt: CREATED_AT }) });

    const outcome = mapChange(change);

    expect(outcome.events).toEqual([]);
    expect(outcome.skipped).toEqual({ reason: 'no-domain-change', detail: 'Aircraft 511CR: no domain-visible field changed' });
  });

  it('MODIFY that newly sets delete_at (soft delete) → AircraftDeregistered, without delete_at in data', () => {
    const change = changeOf(entities.Aircraft, { eventName: 'MODIFY', oldRaw: aircraft(), newRaw: v2({ delete_at: 1_767_225_600 }) });

    const { events } = mapChange(change);

    expect(events.map((event) => event.detailType)).toEqual(['AircraftDeregistered']);
    const detail = detailOf(events);
    expect(detail.data).not.toHaveProperty('delete_at');
    expect(detail).not.toHaveProperty('changes');
    expect(AircraftDeregistered.safeParse(detail).success).toBe(true);
  });

  it('MODIFY that clears delete_at (restore) → AircraftRegistered again', () => {
    const change = changeOf(entities.Aircraft, { eventName: 'MODIFY', oldRaw: aircraft({ delete_at: 1_767_225_600 }), newRaw: v2() });

    expect(mapChange(change).events.map((event) => event.detailType)).toEqual(['AircraftRegistered']);
  });

  it('REMOVE by TTL → AircraftPurged, reason ttl, actor dynamodb.ttl, at the record time, with the last version', () => {
    const change = changeOf(entities.Aircraft, { eventName: 'REMOVE', oldRaw: v2({ delete_at: 1_764_000_000 }), ttl: true });

    const { events } = mapChange(change);

    const detail = detailOf(events);
    expect(events[0]?.detailType).toBe('AircraftPurged');
    expect(detail.reason).toBe('ttl');
    expect(detail.metadata).toMatchObject({
      occurredAt: '2025-11-25T15:36:41.000Z',
      actor: { type: 'service', id: 'dynamodb.ttl' },
      correlationId: 'req-v2',
      entity: { type: 'Aircraft', id: '511CR', version: 2 },
    });
    expect(AircraftPurged.safeParse(detail).success).toBe(true);
  });

  it('REMOVE by a delete → AircraftPurged, reason deleted, actor from the item', () => {
    const { events } = mapChange(changeOf(entities.Aircraft, { eventName: 'REMOVE', oldRaw: aircraft() }));

    expect(detailOf(events)).toMatchObject({ reason: 'deleted', metadata: { actor: { type: 'user', id: 'operator-42' } } });
  });
});
