import { AircraftNotFoundError } from '../domain';
import { InMemoryAircraftRepository } from '../testing/in-memory-aircraft-repository.fixtures.test';
import { anAircraft, operatorContext } from '../testing/records.fixtures.test';
import { deleteAircraft } from './delete-aircraft';
import { getAircraft } from './get-aircraft';
import { listAircraft } from './list-aircraft';

describe('deleteAircraft', () => {
  it('soft deletes at the version it read, after which reads and lists no longer see the aircraft', async () => {
    const aircraft = new InMemoryAircraftRepository().seed(anAircraft({ version: 5 }));

    await deleteAircraft('12345', operatorContext, { aircraft });

    expect(aircraft.writes).toEqual([{ kind: 'softDelete', nNumber: '12345', write: { ...operatorContext, expectedVersion: 5 } }]);
    await expect(getAircraft('12345', { aircraft })).rejects.toBeInstanceOf(AircraftNotFoundError);
    await expect(listAircraft({ by: 'model', mfrMdlCode: '2072738' }, { limit: 25 }, { aircraft })).resolves.toEqual({ items: [] });
  });

  it('reports an aircraft deleted already as not found, writing nothing more', async () => {
    const aircraft = new InMemoryAircraftRepository().seed(anAircraft({ delete_at: 1_900_000_000 }));

    await expect(deleteAircraft('12345', operatorContext, { aircraft })).rejects.toBeInstanceOf(AircraftNotFoundError);
    expect(aircraft.writes).toEqual([]);
  });
});
