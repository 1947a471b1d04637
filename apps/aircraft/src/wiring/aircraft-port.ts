import { AircraftEntity, AircraftImageEntity, DeregistrationEntity } from '@aircraftops/tables';

import { createDynamoDbAircraftRepository } from '../adapters/dynamodb-aircraft-repository';
import type { AircraftRepository } from '../domain';
import { requireCoreTable } from './require-core-table';

let built: AircraftRepository | undefined;

/**
 * The aircraft port, built at its first use and reused by warm invocations. One module per port: a
 * handler bundles only the ports it imports. Table name and client are resolved per request from the
 * current function's environment, so nothing here pins one function's configuration for another.
 * @example
 * export const handler = httpHandler({ role: 'viewer', path }, ({ path }) => getAircraft(path.nNumber, { aircraft: aircraftPort() }));
 */
export const aircraftPort = (): AircraftRepository =>
  (built ??= createDynamoDbAircraftRepository({ Aircraft: AircraftEntity, AircraftImage: AircraftImageEntity, Deregistration: DeregistrationEntity }));

requireCoreTable();
