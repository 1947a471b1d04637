import type { RawRow } from '../layouts/registry-file-layout';
import type { DeregistrationRecord, PostalAddress } from './deregistration-record';
import { fieldReaders } from './field-readers';
import { withoutUndefined } from './without-undefined';

const OTHER_NAMES = [1, 2, 3, 4, 5].map((i) => `OTHER-NAMES(${i})`);

function postalAddress(row: RawRow, suffix: 'MAIL' | 'PHYSICAL'): PostalAddress {
  const r = fieldReaders(row);
  return withoutUndefined({
    street: r.optional(`STREET-${suffix}`),
    street2: r.optional(`STREET2-${suffix}`),
    city: r.optional(`CITY-${suffix}`),
    state: r.optional(`STATE-ABBREV-${suffix}`),
    zipCode: r.optional(`ZIP-CODE-${suffix}`),
    county: r.optional(`COUNTY-${suffix}`),
    country: r.optional(`COUNTRY-${suffix}`),
  });
}

/**
 * Maps a validated DEREG row to a `DeregistrationRecord`.
 *
 * @example
 * ```ts
 * toDeregistrationRecord(row).mailingAddress.city; // 'DALLAS'
 * ```
 */
export function toDeregistrationRecord(row: RawRow): DeregistrationRecord {
  const r = fieldReaders(row);
  return withoutUndefined({
    nNumber: r.text('N-NUMBER'),
    serialNumber: r.text('SERIAL-NUMBER'),
    mfrMdlCode: r.text('MFR-MDL-CODE'),
    statusCode: r.optional('STATUS-CODE'),
    name: r.optional('NAME'),
    mailingAddress: postalAddress(row, 'MAIL'),
    physicalAddress: postalAddress(row, 'PHYSICAL'),
    engMfrMdl: r.text('ENG-MFR-MDL'),
    yearMfr: r.year('YEAR-MFR'),
    certification: r.text('CERTIFICATION'),
    region: r.optional('REGION'),
    airworthinessDate: r.date('AIR-WORTH-DATE'),
    cancelDate: r.date('CANCEL-DATE'),
    modeSCode: r.optional('MODE-S-CODE'),
    indicatorGroup: r.optional('INDICATOR-GROUP'),
    exportCountry: r.optional('EXP-COUNTRY'),
    lastActionDate: r.date('LAST-ACT-DATE'),
    certIssueDate: r.date('CERT-ISSUE-DATE'),
    otherNames: r.list(OTHER_NAMES),
    kitMfr: r.optional('KIT MFR'),
    kitModel: r.optional('KIT MODEL'),
    modeSCodeHex: r.optional('MODE S CODE HEX'),
  });
}
