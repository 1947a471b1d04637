import { defineEventContract } from '../../define-event-contract';
import { engineModelDataSchema } from '../../schemas/engine-model-data';
import { AIRCRAFT_SOURCE } from '../../sources';
import { exampleMetadata } from '../example-metadata';
import { exampleEngineModel } from './example-reference-data';

/**
 * An engine make/model (FAA ENGINE row) changed; `changes` lists every changed field.
 *
 * @example
 * ```ts
 * const { data, changes } = EngineModelUpdated.parse(event.detail);
 * ```
 */
export const EngineModelUpdated = defineEventContract({
  source: AIRCRAFT_SOURCE,
  detailType: 'EngineModelUpdated',
  version: 1,
  description:
    'An engine make/model (FAA ENGINE row) changed. `data` is the row after the change; `changes` (required, never empty) maps each changed field to its old and new value.',
  entityType: 'EngineModel',
  dataSchema: engineModelDataSchema,
  changes: 'required',
  example: {
    metadata: exampleMetadata('EngineModel', '52207', 2, { type: 'service', id: 'ingestion' }),
    data: { ...exampleEngineModel, horsepower: 1300 },
    changes: { horsepower: { old: 1200, new: 1300 } },
  },
});
