import type { RawRow } from '../layouts/registry-file-layout';
import type { AircraftRecord } from './aircraft-record';
import { fieldReaders } from './field-readers';
import { withoutUndefined } from './without-undefined';

const OTHER_NAMES = [1, 2, 3, 4, 5].map((i) => `OTHER NAMES(${i})`);

/**
 * Maps a validated MASTER row to an `AircraftRecord`. Call only after `validateRow` found no issue.
 *
 * @example
 * ```ts
 * toAircraftRecord(row).registrant.name; // 'FWA LLC'
 * ```
 */
export function toAircraftRecord(row: RawRow): AircraftRecord {
  const r = fieldReaders(row);
  const registrant = {
    name: r.optional('NAME'),
    street: r.optional('STREET'),
    street2: r.optional('STREET2'),
    city: r.optional('CITY'),
    state: r.optional('STATE'),
    zipCode: r.optional('ZIP CODE'),
    region: r.optional('REGION'),
    county: r.optional('COUNTY'),
    country: r.optional('COUNTRY'),
  };
  return withoutUndefined({
    nNumber: r.text('N-NUMBER'),
    serialNumber: r.text('SERIAL NUMBER'),
    mfrMdlCode: r.text('MFR MDL CODE'),
    engMfrMdl: r.text('ENG MFR MDL'),
    yearMfr: r.year('YEAR MFR'),
    typeRegistrant: r.text('TYPE REGISTRANT'),
    registrant: withoutUndefined(registrant),
    lastActionDate: r.date('LAST ACTION DATE'),
    certIssueDate: r.date('CERT ISSUE DATE'),
    certification: r.text('CERTIFICATION'),
    typeAircraft: r.text('TYPE AIRCRAFT'),
    typeEngine: r.text('TYPE ENGINE'),
    statusCode: r.text('STATUS CODE'),
    modeSCode: r.text('MODE S CODE'),
    modeSCodeHex: r.text('MODE S CODE HEX'),
    fractOwner: r.text('FRACT OWNER') === 'Y' ? true : undefined,
    airworthinessDate: r.date('AIR WORTH DATE'),
    otherNames: r.list(OTHER_NAMES),
    expirationDate: r.date('EXPIRATION DATE'),
    uniqueId: r.text('UNIQUE ID'),
    kitMfr: r.optional('KIT MFR'),
    kitModel: r.optional('KIT MODEL'),
  });
}
