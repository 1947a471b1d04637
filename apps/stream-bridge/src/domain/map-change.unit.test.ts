import { EventValidationError } from '@aircraftops/events';

import { aircraft, entities, jobCheckpoint, jobRowError, schedule } from '../testing/entity-items.fixtures.test';
import { changeOf } from '../testing/stream-change.fixtures.test';
import { IncompleteItemError, UnknownEntityError } from './errors';
import { entityPolicy, mapChange } from './map-change';

describe('mapChange', () => {
  it.each([
    ['JobRowError', entities.JobRowError, jobRowError],
    ['JobCheckpoint', entities.JobCheckpoint, jobCheckpoint],
    ['Schedule', entities.Schedule, schedule],
  ] as const)('%s changes are known and never events', (name, entity, item) => {
    const outcome = mapChange(changeOf(entity, { eventName: 'INSERT', newRaw: item() }));

    expect(outcome).toEqual({ events: [], skipped: { reason: 'silent-entity', detail: `${name} changes are not domain events` } });
    expect(entityPolicy(name)).toBe('silent');
  });

  it('fails on an entity type it does not know instead of skipping it', () => {
    const change = { ...changeOf(entities.Aircraft, { eventName: 'INSERT', newRaw: aircraft() }), entityType: 'AircraftPhoto' };

    expect(() => mapChange(change)).toThrow(UnknownEntityError);
    expect(entityPolicy('AircraftPhoto')).toBe('unknown');
  });

  it('gives a redelivered record the same event id, and another record another one', () => {
    const insert = (recordId: string) => changeOf(entities.Aircraft, { eventName: 'INSERT', newRaw: aircraft(), recordId });
    const idOf = (recordId: string) => (mapChange(insert(recordId)).events[0]?.detail as { metadata: { eventId: string } }).metadata.eventId;

    expect(idOf('c4ca4238a0b923820dcc509a6f75849b')).toBe(idOf('c4ca4238a0b923820dcc509a6f75849b'));
    expect(idOf('c4ca4238a0b923820dcc509a6f75849b')).not.toBe(idOf('c81e728d9d4c2f636f067f89cc14862c'));
    expect(idOf('c4ca4238a0b923820dcc509a6f75849b')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('fails with the attribute named when the item lacks a write stamp', () => {
    const change = changeOf(entities.Aircraft, { eventName: 'INSERT', newRaw: aircraft({ correlationId: '' }) });

    expect(() => mapChange(change)).toThrow(new IncompleteItemError('Aircraft', '511CR', 'correlationId', 'is missing or not a non-empty string (got "")'));
  });

  it('fails a MODIFY record that carries no OldImage (stream not NEW_AND_OLD_IMAGES)', () => {
    const change = changeOf(entities.Aircraft, { eventName: 'MODIFY', newRaw: aircraft() });

    expect(() => mapChange(change)).toThrow(/OldImage is missing from the MODIFY record/);
  });

  it('fails with the contract error when the item cannot make a valid event, instead of publishing it', () => {
    const change = changeOf(entities.Aircraft, { eventName: 'INSERT', newRaw: aircraft({ yearMfr: 2023.5 }) });

    expect(() => mapChange(change)).toThrow(EventValidationError);
    expect(() => mapChange(change)).toThrow(/data\.yearMfr/);
  });
});
