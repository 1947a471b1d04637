import { defineEventContract } from '../../define-event-contract';
import { aircraftImageDataSchema } from '../../schemas/aircraft-image-data';
import { AIRCRAFT_SOURCE } from '../../sources';
import { exampleMetadata } from '../example-metadata';

/**
 * Image metadata changed (caption, dimensions, …); `changes` lists every changed field.
 *
 * @example
 * ```ts
 * const { data, changes } = AircraftImageUpdated.parse(event.detail);
 * if ('caption' in changes) reindexCaption(data.imageId, data.caption);
 * ```
 */
export const AircraftImageUpdated = defineEventContract({
  source: AIRCRAFT_SOURCE,
  detailType: 'AircraftImageUpdated',
  version: 1,
  description:
    'The metadata of an aircraft image changed. `data` is the image metadata after the change; `changes` (required, never empty) maps each changed field to its old and new value.',
  entityType: 'AircraftImage',
  dataSchema: aircraftImageDataSchema,
  changes: 'required',
  example: {
    metadata: exampleMetadata('AircraftImage', '511CR#img-01HZX3', 2),
    data: {
      nNumber: '511CR',
      imageId: 'img-01HZX3',
      objectKey: 'images/511CR/img-01HZX3.jpg',
      contentType: 'image/jpeg',
      byteSize: 52311,
      caption: 'Ramp, KLAS, at dusk',
    },
    changes: { caption: { old: 'Ramp, KLAS', new: 'Ramp, KLAS, at dusk' } },
  },
});
