import { AircraftEntity } from '@aircraftops/tables';

import { readAircraft } from '../adapters/aircraft/read-aircraft';
import type { AircraftRepository } from '../domain';
import { requireCoreTable } from './require-core-table';

/** Reading an aircraft record. */
export type AircraftReader = Pick<AircraftRepository, 'get'>;

let built: AircraftReader | undefined;

/**
 * The aircraft record reads (GetItem alone), built at its first use and reused by warm invocations. One
 * module per port: a handler bundles only the ports it imports. Table name and client are resolved per
 * request from the current function's environment, so nothing pins one function's configuration.
 * @example
 * export const handler = httpHandler({ role: 'viewer', path }, ({ path }) => getAircraftByModeS(path.hex, { aircraft: aircraftReaderPort() }));
 */
export const aircraftReaderPort = (): AircraftReader => (built ??= { get: (nNumber) => readAircraft({ Aircraft: AircraftEntity }, nNumber) });

requireCoreTable();
