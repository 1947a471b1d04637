import { AircraftImageNotFoundError } from '../domain';
import { InMemoryAircraftImageRepository } from '../testing/in-memory-aircraft-image-repository.fixtures.test';
import { anImage, operatorContext } from '../testing/records.fixtures.test';
import { removeAircraftImage } from './remove-aircraft-image';

describe('removeAircraftImage', () => {
  it('soft deletes the image at the version it read, stamping the actor', async () => {
    const images = new InMemoryAircraftImageRepository().seed(anImage({ imageId: 'img-1', version: 2 }));

    await removeAircraftImage('12345', 'img-1', operatorContext, { images });

    expect(await images.get('12345', 'img-1')).toMatchObject({ version: 3, updatedBy: operatorContext.actor, delete_at: expect.any(Number) });
  });

  it('reports an image that is already removed as not found', async () => {
    const images = new InMemoryAircraftImageRepository().seed(anImage({ imageId: 'img-1', delete_at: 1_900_000_000 }));

    await expect(removeAircraftImage('12345', 'img-1', operatorContext, { images })).rejects.toBeInstanceOf(AircraftImageNotFoundError);
  });

  it('reports an image of another aircraft as not found', async () => {
    const images = new InMemoryAircraftImageRepository().seed(anImage({ nNumber: '777', imageId: 'img-1' }));

    await expect(removeAircraftImage('12345', 'img-1', operatorContext, { images })).rejects.toMatchObject({
      kind: 'not_found',
      message: 'Image img-1 of aircraft N12345 not found',
    });
  });
});
