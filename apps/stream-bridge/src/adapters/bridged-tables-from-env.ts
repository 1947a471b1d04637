import {
  AircraftEntity,
  AircraftImageEntity,
  AircraftModelEntity,
  DeregistrationEntity,
  dynamoDbConfigFromEnv,
  EngineModelEntity,
  IngestionJobEntity,
  JobCheckpointEntity,
  JobRowErrorEntity,
  ScheduleEntity,
} from '@aircraftops/tables';

import type { BridgedTable } from './bridged-table';

/**
 * CoreTable and JobsTable with their physical names from the environment (`AIRCRAFTOPS_CORE_TABLE`,
 * `AIRCRAFTOPS_JOBS_TABLE`) and every entity of each. Formatting an image needs only the entity's schema, so
 * the default (lazily bound) entities serve: no DynamoDB client is ever opened by the bridge.
 *
 * @example
 * ```ts
 * const tables = bridgedTablesFromEnv(process.env);
 * ```
 */
export const bridgedTablesFromEnv = (env: NodeJS.ProcessEnv = process.env): readonly BridgedTable[] => {
  const { tableNames } = dynamoDbConfigFromEnv(env);
  return [
    {
      logicalName: 'CoreTable',
      tableName: tableNames.CoreTable,
      entities: {
        Aircraft: AircraftEntity,
        AircraftModel: AircraftModelEntity,
        EngineModel: EngineModelEntity,
        AircraftImage: AircraftImageEntity,
        Deregistration: DeregistrationEntity,
      },
    },
    {
      logicalName: 'JobsTable',
      tableName: tableNames.JobsTable,
      entities: {
        IngestionJob: IngestionJobEntity,
        JobRowError: JobRowErrorEntity,
        JobCheckpoint: JobCheckpointEntity,
        Schedule: ScheduleEntity,
      },
    },
  ];
};
