/**
 * A postal address as DEREG.txt gives it (mailing or physical).
 *
 * @example
 * ```ts
 * const address: PostalAddress = { street: '2310 ARROYO CT', city: 'RAPID CITY', state: 'SD', zipCode: '577025112' };
 * ```
 */
export interface PostalAddress {
  street?: string;
  street2?: string;
  city?: string;
  state?: string;
  zipCode?: string;
  county?: string;
  country?: string;
}

/**
 * One DEREG.txt row: a cancelled registration. Dates are ISO `YYYY-MM-DD`; blank FAA values are absent.
 *
 * @example
 * ```ts
 * const dereg: DeregistrationRecord = decodeRegistryRow('DEREG', fields).record;
 * dereg.cancelDate;    // '2024-01-01'
 * dereg.exportCountry; // 'CANADA'
 * ```
 */
export interface DeregistrationRecord {
  nNumber: string;
  serialNumber: string;
  mfrMdlCode: string;
  statusCode?: string;
  name?: string;
  mailingAddress: PostalAddress;
  physicalAddress: PostalAddress;
  engMfrMdl: string;
  yearMfr?: number;
  certification: string;
  region?: string;
  airworthinessDate?: string;
  cancelDate?: string;
  modeSCode?: string;
  indicatorGroup?: string;
  exportCountry?: string;
  lastActionDate?: string;
  certIssueDate?: string;
  otherNames: string[];
  kitMfr?: string;
  kitModel?: string;
  modeSCodeHex?: string;
}
