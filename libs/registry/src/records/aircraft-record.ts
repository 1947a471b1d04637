/**
 * A registrant's name and mailing address; every part may be blank in the FAA data.
 *
 * @example
 * ```ts
 * const registrant: Registrant = { name: 'FWA LLC', city: 'LAS VEGAS', state: 'NV', zipCode: '891481304', country: 'US' };
 * ```
 */
export interface Registrant {
  name?: string;
  street?: string;
  street2?: string;
  city?: string;
  state?: string;
  zipCode?: string;
  region?: string;
  county?: string;
  country?: string;
}

/**
 * One MASTER.txt row: a registered aircraft. Dates are ISO `YYYY-MM-DD`; blank FAA values are absent.
 *
 * @example
 * ```ts
 * const aircraft: AircraftRecord = decodeRegistryRow('MASTER', fields).record;
 * aircraft.nNumber;      // '511CR' (no "N" prefix)
 * aircraft.modeSCodeHex; // 'A66568'
 * ```
 */
export interface AircraftRecord {
  nNumber: string;
  serialNumber: string;
  mfrMdlCode: string;
  engMfrMdl: string;
  yearMfr?: number;
  typeRegistrant: string;
  registrant: Registrant;
  lastActionDate?: string;
  certIssueDate?: string;
  certification: string;
  typeAircraft: string;
  typeEngine: string;
  statusCode: string;
  modeSCode: string;
  modeSCodeHex: string;
  fractOwner?: boolean;
  airworthinessDate?: string;
  otherNames: string[];
  expirationDate?: string;
  uniqueId: string;
  kitMfr?: string;
  kitModel?: string;
}
