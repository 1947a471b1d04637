import { AircraftModelEntity, EngineModelEntity } from '@aircraftops/tables';

import { createDynamoDbReferenceDataRepository } from '../adapters/dynamodb-reference-data-repository';
import type { ReferenceDataRepository } from '../domain';
import { requireCoreTable } from './require-core-table';

let built: ReferenceDataRepository | undefined;

/**
 * The FAA reference-data port (models, engines), built at its first use (see `aircraftPort`).
 * @example
 * getAircraftModel(code, { referenceData: referenceDataPort() });
 */
export const referenceDataPort = (): ReferenceDataRepository =>
  (built ??= createDynamoDbReferenceDataRepository({ AircraftModel: AircraftModelEntity, EngineModel: EngineModelEntity }));

requireCoreTable();
