import type { RawRow } from '../layouts/registry-file-layout';
import type { AircraftModelRecord } from './aircraft-model-record';
import { fieldReaders } from './field-readers';
import { withoutUndefined } from './without-undefined';

/**
 * Maps a validated ACFTREF row to an `AircraftModelRecord`.
 *
 * @example
 * ```ts
 * toAircraftModelRecord(row).numberOfSeats; // 15
 * ```
 */
export function toAircraftModelRecord(row: RawRow): AircraftModelRecord {
  const r = fieldReaders(row);
  return withoutUndefined({
    code: r.text('CODE'),
    manufacturer: r.text('MFR'),
    model: r.text('MODEL'),
    typeAircraft: r.text('TYPE-ACFT'),
    typeEngine: r.text('TYPE-ENG'),
    aircraftCategory: r.text('AC-CAT'),
    builderCertification: r.text('BUILD-CERT-IND'),
    numberOfEngines: Number(r.text('NO-ENG')),
    numberOfSeats: Number(r.text('NO-SEATS')),
    weightClass: r.text('AC-WEIGHT'),
    cruisingSpeed: r.number('SPEED'),
    tcDataSheet: r.optional('TC-DATA-SHEET'),
    tcDataHolder: r.optional('TC-DATA-HOLDER'),
  });
}
