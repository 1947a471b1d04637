import type { Aircraft } from '@aircraftops/tables';

/**
 * The attributes an operator may change on an aircraft; everything else comes from the FAA registry
 * through ingestion. A `registrant` here is the whole new registrant block.
 */
export type AircraftChanges = Partial<Pick<Aircraft, 'statusCode' | 'registrant' | 'otherNames'>>;
