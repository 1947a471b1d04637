import { AircraftNotFoundError } from '../domain';
import { InMemoryAircraftRepository } from '../testing/in-memory-aircraft-repository.fixtures.test';
import { aDeregistration, anAircraft, anImage } from '../testing/records.fixtures.test';
import { getAircraft } from './get-aircraft';

describe('getAircraft', () => {
  it('returns the aircraft with its live images and its deregistration history', async () => {
    const aircraft = new InMemoryAircraftRepository().seed(anAircraft());
    aircraft.images.push(anImage({ imageId: 'kept' }), anImage({ imageId: 'removed', delete_at: 1_900_000_000 }));
    aircraft.deregistrations.push(aDeregistration());

    const details = await getAircraft('12345', { aircraft });

    expect(details.aircraft.nNumber).toBe('12345');
    expect(details.images.map((image) => image.imageId)).toEqual(['kept']);
    expect(details.deregistrations).toEqual([aDeregistration()]);
  });

  it('reports an unknown N-number as not found', async () => {
    const result = getAircraft('999', { aircraft: new InMemoryAircraftRepository() });

    await expect(result).rejects.toBeInstanceOf(AircraftNotFoundError);
    await expect(result).rejects.toMatchObject({ kind: 'not_found', message: 'Aircraft N999 not found' });
  });

  it('reports a soft-deleted aircraft as not found even though its partition still holds it', async () => {
    const aircraft = new InMemoryAircraftRepository().seed(anAircraft({ delete_at: 1_900_000_000 }));

    await expect(getAircraft('12345', { aircraft })).rejects.toBeInstanceOf(AircraftNotFoundError);
  });
});
