import { defineEventContract } from '../../define-event-contract';
import { engineModelDataSchema } from '../../schemas/engine-model-data';
import { AIRCRAFT_SOURCE } from '../../sources';
import { exampleMetadata } from '../example-metadata';
import { exampleEngineModel } from './example-reference-data';

/**
 * An engine make/model (FAA ENGINE row) was added to the reference data.
 *
 * @example
 * ```ts
 * const { data } = EngineModelAdded.parse(event.detail); // data.code
 * ```
 */
export const EngineModelAdded = defineEventContract({
  source: AIRCRAFT_SOURCE,
  detailType: 'EngineModelAdded',
  version: 1,
  description: 'An engine make/model (FAA ENGINE row) was added to the reference data. `data` is the new row.',
  entityType: 'EngineModel',
  dataSchema: engineModelDataSchema,
  example: { metadata: exampleMetadata('EngineModel', '52207', 1, { type: 'service', id: 'ingestion' }), data: exampleEngineModel },
});
