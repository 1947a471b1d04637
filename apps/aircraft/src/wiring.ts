import { randomUUID } from 'node:crypto';

import {
  AircraftEntity,
  AircraftImageEntity,
  AircraftModelEntity,
  DeregistrationEntity,
  EngineModelEntity,
  tableNameFromEnv,
} from '@aircraftops/tables';

import {
  createDynamoDbAircraftImageRepository,
  createDynamoDbAircraftRepository,
  createDynamoDbReferenceDataRepository,
} from './adapters';

// Every aircraft function reads CoreTable: a function deployed without its name fails at cold start,
// naming the variable, rather than at its first request (or against a default table).
tableNameFromEnv('CoreTable');

type Ports = {
  readonly aircraft: ReturnType<typeof createDynamoDbAircraftRepository>;
  readonly images: ReturnType<typeof createDynamoDbAircraftImageRepository>;
  readonly referenceData: ReturnType<typeof createDynamoDbReferenceDataRepository>;
  readonly newId: () => string;
};

const built: { -readonly [K in keyof Ports]?: Ports[K] } = {};

/**
 * The composition root: the ports every handler of this app uses, bound to the table library's
 * module-level entities. Each port is built at its first use (a handler builds only what its use case
 * touches) and reused by warm invocations; the DocumentClient and table name are resolved per request
 * from the current function's environment (`AIRCRAFTOPS_DYNAMODB_ENDPOINT`, `AIRCRAFTOPS_CORE_TABLE`,
 * `AWS_REGION`), so nothing here pins one function's configuration for another.
 * @example
 * export const handler = httpHandler({ role: 'viewer', path }, ({ path }) => getAircraft(path.nNumber, ports));
 */
export const ports: Ports = {
  get aircraft() {
    return (built.aircraft ??= createDynamoDbAircraftRepository({
      Aircraft: AircraftEntity,
      AircraftImage: AircraftImageEntity,
      Deregistration: DeregistrationEntity,
    }));
  },
  get images() {
    return (built.images ??= createDynamoDbAircraftImageRepository({ AircraftImage: AircraftImageEntity }));
  },
  get referenceData() {
    return (built.referenceData ??= createDynamoDbReferenceDataRepository({ AircraftModel: AircraftModelEntity, EngineModel: EngineModelEntity }));
  },
  newId: (): string => randomUUID(),
};
