import { AircraftNotFoundError, AircraftVersionConflictError } from '../domain';
import { InMemoryAircraftRepository } from '../testing/in-memory-aircraft-repository.fixtures.test';
import { anAircraft, operatorContext } from '../testing/records.fixtures.test';
import { updateAircraft } from './update-aircraft';

describe('updateAircraft', () => {
  const registrant = { name: 'SMITH AVIATION LLC', street: '1 MAIN ST', street2: 'HANGAR 4', city: 'WICHITA', state: 'KS' };
  const seeded = () => new InMemoryAircraftRepository().seed(anAircraft({ version: 3, registrant }));

  it('applies the patch at the expected version, merging registrant fields and clearing null ones', async () => {
    const aircraft = seeded();

    const updated = await updateAircraft(
      '12345',
      { statusCode: 'D', registrant: { city: 'TOPEKA', street2: null }, otherNames: ['SKYHAWK'] },
      3,
      operatorContext,
      { aircraft },
    );

    expect(updated).toMatchObject({ version: 4, statusCode: 'D', otherNames: ['SKYHAWK'], updatedBy: operatorContext.actor });
    expect(updated.registrant).toEqual({ name: 'SMITH AVIATION LLC', street: '1 MAIN ST', city: 'TOPEKA', state: 'KS' });
  });

  it('sends only the attributes that change', async () => {
    const aircraft = seeded();
    const update = jest.spyOn(aircraft, 'update');

    await updateAircraft('12345', { statusCode: 'V', otherNames: ['SKYHAWK'] }, 3, operatorContext, { aircraft });

    expect(update).toHaveBeenCalledWith('12345', { otherNames: ['SKYHAWK'] }, { ...operatorContext, expectedVersion: 3 });
  });

  it('writes nothing when the patch changes nothing, and keeps the version', async () => {
    const aircraft = seeded();

    const result = await updateAircraft('12345', { statusCode: 'V', registrant: { city: 'WICHITA' } }, 3, operatorContext, { aircraft });

    expect(result.version).toBe(3);
    expect(aircraft.writes).toEqual([]);
  });

  it('refuses a stale version with the current one, writing nothing', async () => {
    const aircraft = seeded();

    const result = updateAircraft('12345', { statusCode: 'D' }, 2, operatorContext, { aircraft });

    await expect(result).rejects.toBeInstanceOf(AircraftVersionConflictError);
    await expect(result).rejects.toMatchObject({ kind: 'conflict', expectedVersion: 2, currentVersion: 3 });
    expect(aircraft.writes).toEqual([]);
  });

  it('removes the registrant block when the patch clears its last field', async () => {
    const aircraft = new InMemoryAircraftRepository().seed(anAircraft({ registrant: { name: 'SOLE' } }));

    const updated = await updateAircraft('12345', { registrant: { name: null } }, 1, operatorContext, { aircraft });

    expect(updated).not.toHaveProperty('registrant');
  });

  it.each([
    ['absent', new InMemoryAircraftRepository()],
    ['soft deleted', new InMemoryAircraftRepository().seed(anAircraft({ delete_at: 1_900_000_000 }))],
  ])('reports an %s aircraft as not found', async (_case, aircraft) => {
    await expect(updateAircraft('12345', { statusCode: 'D' }, 1, operatorContext, { aircraft })).rejects.toBeInstanceOf(
      AircraftNotFoundError,
    );
  });
});
