import { aircraftImage, aircraftModel, deregistration, engineModel, entities, stamps } from '../testing/entity-items.fixtures.test';
import { changeOf } from '../testing/stream-change.fixtures.test';
import { mapChange } from './map-change';
import type { LooseJson } from '../testing/loose-json.fixtures.test';

const LATER = '2025-11-22T08:00:00.000Z';
const typesOf = (outcome: ReturnType<typeof mapChange>) => outcome.events.map((event) => event.detailType);
const detailOf = (outcome: ReturnType<typeof mapChange>) => outcome.events[0]?.detail as LooseJson;

describe('mapChange: AircraftImage', () => {
  const entity = entities.AircraftImage;

  it('INSERT → AircraftImageAdded with entity id <nNumber>#<imageId>', () => {
    const outcome = mapChange(changeOf(entity, { eventName: 'INSERT', newRaw: aircraftImage() }));

    expect(typesOf(outcome)).toEqual(['AircraftImageAdded']);
    expect(detailOf(outcome).metadata.entity).toEqual({ type: 'AircraftImage', id: '511CR#img-01HZX3', version: 1 });
  });

  it('MODIFY of the caption → AircraftImageUpdated with changes', () => {
    const outcome = mapChange(
      changeOf(entity, { eventName: 'MODIFY', oldRaw: aircraftImage(), newRaw: aircraftImage({ ...stamps(2, LATER), caption: 'At dusk' }) }),
    );

    expect(typesOf(outcome)).toEqual(['AircraftImageUpdated']);
    expect(detailOf(outcome).changes).toEqual({ caption: { old: 'Ramp, KLAS', new: 'At dusk' } });
  });

  it('soft delete → AircraftImageRemoved; the later TTL purge of that image emits nothing more', () => {
    const softDeleted = aircraftImage({ ...stamps(2, LATER), delete_at: 1_764_000_000 });

    const atSoftDelete = mapChange(changeOf(entity, { eventName: 'MODIFY', oldRaw: aircraftImage(), newRaw: softDeleted }));
    const atPurge = mapChange(changeOf(entity, { eventName: 'REMOVE', oldRaw: softDeleted, ttl: true }));

    expect(typesOf(atSoftDelete)).toEqual(['AircraftImageRemoved']);
    expect(atPurge.events).toEqual([]);
    expect(atPurge.skipped?.reason).toBe('no-domain-change');
  });

  it('REMOVE of a live image (hard delete) → AircraftImageRemoved', () => {
    expect(typesOf(mapChange(changeOf(entity, { eventName: 'REMOVE', oldRaw: aircraftImage() })))).toEqual(['AircraftImageRemoved']);
  });
});

describe.each([
  ['AircraftModel', entities.AircraftModel, aircraftModel, { numberOfSeats: 14 }, { numberOfSeats: { old: 12, new: 14 } }],
  ['EngineModel', entities.EngineModel, engineModel, { thrust: 4200 }, { thrust: { old: 4119, new: 4200 } }],
] as const)('mapChange: %s (reference data)', (name, entity, item, update, expectedChanges) => {
  it(`INSERT → ${name}Added, MODIFY → ${name}Updated, REMOVE → ${name}Purged`, () => {
    const inserted = mapChange(changeOf(entity, { eventName: 'INSERT', newRaw: item() }));
    const modified = mapChange(changeOf(entity, { eventName: 'MODIFY', oldRaw: item(), newRaw: item({ ...stamps(2, LATER), ...update }) }));
    const removed = mapChange(changeOf(entity, { eventName: 'REMOVE', oldRaw: item() }));

    expect([...typesOf(inserted), ...typesOf(modified), ...typesOf(removed)]).toEqual([`${name}Added`, `${name}Updated`, `${name}Purged`]);
    expect(detailOf(modified).changes).toEqual(expectedChanges);
    expect(detailOf(inserted).metadata.entity.id).toBe(item().code);
  });

  it('a rewrite with identical data emits nothing', () => {
    const outcome = mapChange(changeOf(entity, { eventName: 'MODIFY', oldRaw: item(), newRaw: item({ ...stamps(2, LATER), sourceJobId: 'job-2' }) }));

    expect(outcome).toEqual({ events: [], skipped: { reason: 'no-domain-change', detail: expect.any(String) } });
  });

  it(`a soft delete is a ${name}Updated of delete_at (the catalog has no removal event for reference data)`, () => {
    const outcome = mapChange(
      changeOf(entity, { eventName: 'MODIFY', oldRaw: item(), newRaw: item({ ...stamps(2, LATER), delete_at: 1_767_225_600 }) }),
    );

    expect(typesOf(outcome)).toEqual([`${name}Updated`]);
    expect(detailOf(outcome).changes).toEqual({ delete_at: { new: 1_767_225_600 } });
  });
});

describe('mapChange: Deregistration', () => {
  const entity = entities.Deregistration;

  it('INSERT → DeregistrationAdded with entity id <nNumber>#<cancelDate>#<serialNumber>', () => {
    const outcome = mapChange(changeOf(entity, { eventName: 'INSERT', newRaw: deregistration() }));

    expect(typesOf(outcome)).toEqual(['DeregistrationAdded']);
    expect(detailOf(outcome).metadata.entity.id).toBe('511CR#2019-04-02#172-80123');
  });

  it('MODIFY and REMOVE have no detail-type yet: skipped as no-contract, naming what changed', () => {
    const modified = mapChange(changeOf(entity, { eventName: 'MODIFY', oldRaw: deregistration(), newRaw: deregistration({ ...stamps(2, LATER), name: 'JANE DOE' }) }));
    const removed = mapChange(changeOf(entity, { eventName: 'REMOVE', oldRaw: deregistration() }));

    expect(modified.skipped).toEqual({ reason: 'no-contract', detail: expect.stringContaining('(name)') });
    expect(removed.skipped?.reason).toBe('no-contract');
    expect([...modified.events, ...removed.events]).toEqual([]);
  });
});
