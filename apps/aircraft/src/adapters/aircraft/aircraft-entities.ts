import type { CoreEntities } from '@aircraftops/tables';

/** The CoreTable entities of an aircraft's partition. */
export type AircraftEntities = Pick<CoreEntities, 'Aircraft' | 'AircraftImage' | 'Deregistration'>;
