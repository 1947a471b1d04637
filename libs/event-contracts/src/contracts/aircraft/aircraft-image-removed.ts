import { defineEventContract } from '../../define-event-contract';
import { aircraftImageDataSchema } from '../../schemas/aircraft-image-data';
import { AIRCRAFT_SOURCE } from '../../sources';
import { exampleMetadata } from '../example-metadata';

/**
 * Image metadata was removed from an aircraft.
 *
 * @example
 * ```ts
 * const { data } = AircraftImageRemoved.parse(event.detail);
 * ```
 */
export const AircraftImageRemoved = defineEventContract({
  source: AIRCRAFT_SOURCE,
  detailType: 'AircraftImageRemoved',
  version: 1,
  description: 'An image was removed from an aircraft. `data` is the image metadata as it was.',
  entityType: 'AircraftImage',
  dataSchema: aircraftImageDataSchema,
  example: {
    metadata: exampleMetadata('AircraftImage', '511CR#img-01HZX3', 1),
    data: { nNumber: '511CR', imageId: 'img-01HZX3', objectKey: 'images/511CR/img-01HZX3.jpg', contentType: 'image/jpeg', byteSize: 52311 },
  },
});
