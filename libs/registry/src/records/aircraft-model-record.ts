/**
 * One ACFTREF.txt row: an aircraft make/model.
 *
 * @example
 * ```ts
 * const model: AircraftModelRecord = { code: '0030109', manufacturer: 'EXLINE ACE-C', model: 'ACE-C', typeAircraft: '4',
 *   typeEngine: '1', aircraftCategory: '1', builderCertification: '1', numberOfEngines: 1, numberOfSeats: 1,
 *   weightClass: 'CLASS 1', cruisingSpeed: 82 };
 * ```
 */
export interface AircraftModelRecord {
  code: string;
  manufacturer: string;
  model: string;
  typeAircraft: string;
  typeEngine: string;
  aircraftCategory: string;
  builderCertification: string;
  numberOfEngines: number;
  numberOfSeats: number;
  /** `CLASS 1` (up to 12,499 lb) … `CLASS 4` (UAV up to 55 lb), as the FAA writes it. */
  weightClass: string;
  /** Average cruising speed in mph; 0 where the FAA records none. */
  cruisingSpeed?: number;
  tcDataSheet?: string;
  tcDataHolder?: string;
}
