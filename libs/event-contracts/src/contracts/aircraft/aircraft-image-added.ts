import { defineEventContract } from '../../define-event-contract';
import { aircraftImageDataSchema } from '../../schemas/aircraft-image-data';
import { AIRCRAFT_SOURCE } from '../../sources';
import { exampleMetadata } from '../example-metadata';

/**
 * Image metadata was attached to an aircraft.
 *
 * @example
 * ```ts
 * const { data } = AircraftImageAdded.parse(event.detail); // data.nNumber, data.imageId
 * ```
 */
export const AircraftImageAdded = defineEventContract({
  source: AIRCRAFT_SOURCE,
  detailType: 'AircraftImageAdded',
  version: 1,
  description: 'An image was attached to an aircraft. `data` is the image metadata; the bytes live in object storage.',
  entityType: 'AircraftImage',
  dataSchema: aircraftImageDataSchema,
  example: {
    metadata: exampleMetadata('AircraftImage', '511CR#img-01HZX3', 1),
    data: { nNumber: '511CR', imageId: 'img-01HZX3', objectKey: 'images/511CR/img-01HZX3.jpg', contentType: 'image/jpeg', byteSize: 52311, caption: 'Ramp, KLAS' },
  },
});
