import { ConfigurationError, currentEnv } from '@aircraftops/lambda-kit';
import {
  AircraftEntity,
  AircraftImageEntity,
  AircraftModelEntity,
  DeregistrationEntity,
  EngineModelEntity,
  IngestionJobEntity,
  JobCheckpointEntity,
  JobRowErrorEntity,
  ScheduleEntity,
  TABLE_NAME_ENV,
} from '@aircraftops/tables';

import type { BridgedTable } from './bridged-table';

type Env = Readonly<Record<string, string | undefined>>;

const BRIDGEABLE: readonly Omit<BridgedTable, 'tableName'>[] = [
  {
    logicalName: 'CoreTable',
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
    entities: {
      IngestionJob: IngestionJobEntity,
      JobRowError: JobRowErrorEntity,
      JobCheckpoint: JobCheckpointEntity,
      Schedule: ScheduleEntity,
    },
  },
];

/**
 * The tables this function bridges: those of CoreTable and JobsTable whose physical name its environment
 * holds (`AIRCRAFTOPS_CORE_TABLE`, `AIRCRAFTOPS_JOBS_TABLE` — each bridge function is given the table of its
 * stream), with every entity of each. Formatting an image needs only the entity's schema, so the default
 * entities serve: no DynamoDB client is ever opened by the bridge. Read it per batch: locally both bridge
 * functions share this module.
 * @throws ConfigurationError naming both variables when neither is set.
 * @example
 * ```ts
 * const tables = bridgedTablesFromEnv({ AIRCRAFTOPS_CORE_TABLE: 'CoreTable' }); // [CoreTable]
 * ```
 */
export const bridgedTablesFromEnv = (env: Env = currentEnv()): readonly BridgedTable[] => {
  const tables = BRIDGEABLE.flatMap((table) => {
    const tableName = env[TABLE_NAME_ENV[table.logicalName]]?.trim();
    return tableName ? [{ ...table, tableName }] : [];
  });
  if (tables.length === 0) {
    throw new ConfigurationError(
      `Missing required environment variable ${TABLE_NAME_ENV.CoreTable} or ${TABLE_NAME_ENV.JobsTable} (the table whose stream this function bridges)`,
    );
  }
  return tables;
};
