import { AircraftNotFoundError } from '../domain';
import { InMemoryAircraftImageRepository } from '../testing/in-memory-aircraft-image-repository.fixtures.test';
import { InMemoryAircraftRepository } from '../testing/in-memory-aircraft-repository.fixtures.test';
import { anAircraft, operatorContext } from '../testing/records.fixtures.test';
import { addAircraftImage } from './add-aircraft-image';

describe('addAircraftImage', () => {
  const newImage = { objectKey: 'images/a.png', contentType: 'image/png', byteSize: 10, caption: 'Ramp' } as const;

  it('stores the image under a new id, stamped with the actor and correlation id', async () => {
    const images = new InMemoryAircraftImageRepository();
    const ports = { aircraft: new InMemoryAircraftRepository().seed(anAircraft()), images, newId: () => 'id-1' };

    const image = await addAircraftImage('12345', newImage, operatorContext, ports);

    expect(image).toMatchObject({ ...newImage, nNumber: '12345', imageId: 'id-1', version: 1, updatedBy: operatorContext.actor, correlationId: 'corr-1' });
    expect(await images.get('12345', 'id-1')).toEqual(image);
  });

  it.each([
    ['does not exist', new InMemoryAircraftRepository()],
    ['was soft deleted', new InMemoryAircraftRepository().seed(anAircraft({ delete_at: 1_900_000_000 }))],
  ])('refuses when the aircraft %s, storing nothing', async (_case, aircraft) => {
    const images = new InMemoryAircraftImageRepository();

    await expect(addAircraftImage('12345', newImage, operatorContext, { aircraft, images, newId: () => 'id-1' })).rejects.toBeInstanceOf(
      AircraftNotFoundError,
    );
    expect(images.images.size).toBe(0);
  });
});
