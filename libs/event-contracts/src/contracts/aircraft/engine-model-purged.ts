import { defineEventContract } from '../../define-event-contract';
import { engineModelDataSchema } from '../../schemas/engine-model-data';
import { AIRCRAFT_SOURCE } from '../../sources';
import { exampleMetadata } from '../example-metadata';
import { exampleEngineModel } from './example-reference-data';

/**
 * An engine make/model (FAA ENGINE row) was removed from the reference data.
 *
 * @example
 * ```ts
 * const { data } = EngineModelPurged.parse(event.detail);
 * ```
 */
export const EngineModelPurged = defineEventContract({
  source: AIRCRAFT_SOURCE,
  detailType: 'EngineModelPurged',
  version: 1,
  description: 'An engine make/model (FAA ENGINE row) was removed from the reference data. `data` is the row as it was.',
  entityType: 'EngineModel',
  dataSchema: engineModelDataSchema,
  example: { metadata: exampleMetadata('EngineModel', '52207', 2, { type: 'service', id: 'ingestion' }), data: exampleEngineModel },
});
