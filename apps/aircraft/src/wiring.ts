import { randomUUID } from 'node:crypto';

import {
  AircraftEntity,
  AircraftImageEntity,
  AircraftModelEntity,
  DeregistrationEntity,
  EngineModelEntity,
} from '@aircraftops/tables';

import {
  createDynamoDbAircraftImageRepository,
  createDynamoDbAircraftRepository,
  createDynamoDbReferenceDataRepository,
} from './adapters';

/**
 * The composition root: the ports every handler of this app uses, bound to the table library's
 * module-level entities. Built once per container (module scope) and reused by warm invocations;
 * the DocumentClient and table names are read from the environment at the first request
 * (`AIRCRAFTOPS_DYNAMODB_ENDPOINT`, `AIRCRAFTOPS_CORE_TABLE`, `AWS_REGION`).
 * @example
 * export const handler = httpHandler({ role: 'viewer', path }, ({ path }) => getAircraft(path.nNumber, ports));
 */
export const ports = {
  aircraft: createDynamoDbAircraftRepository({
    Aircraft: AircraftEntity,
    AircraftImage: AircraftImageEntity,
    Deregistration: DeregistrationEntity,
  }),
  images: createDynamoDbAircraftImageRepository({ AircraftImage: AircraftImageEntity }),
  referenceData: createDynamoDbReferenceDataRepository({ AircraftModel: AircraftModelEntity, EngineModel: EngineModelEntity }),
  newId: (): string => randomUUID(),
};
