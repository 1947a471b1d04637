import { DEREG_LAYOUT } from '../layouts';
import { sampleRows } from '../test-support.fixtures.test';
import { decodeRegistryRow } from './decode-registry-row';

function masterRow(nNumber: string): string[] {
  const row = sampleRows('MASTER').find((fields) => fields[0]?.trim() === nNumber);
  if (!row) throw new Error(`no sample row ${nNumber}`);
  return row;
}

describe('decodeRegistryRow', () => {
  it.each(['MASTER', 'ACFTREF', 'ENGINE'] as const)('decodes every real %s row without an issue', (kind) => {
    const failures = sampleRows(kind)
      .map((fields) => decodeRegistryRow(kind, fields))
      .filter((result) => !result.ok);
    expect(failures).toEqual([]);
  });

  it('maps a MASTER row to an AircraftRecord with trimmed values and ISO dates', () => {
    const result = decodeRegistryRow('MASTER', masterRow('511CS'));
    expect(result).toEqual({
      ok: true,
      record: {
        nNumber: '511CS',
        serialNumber: '511',
        mfrMdlCode: '8050124',
        engMfrMdl: '00000',
        yearMfr: 1971,
        typeRegistrant: '4',
        registrant: {
          name: 'LARSON MARTIN B',
          street: '2310 ARROYO CT',
          city: 'RAPID CITY',
          state: 'SD',
          zipCode: '577025112',
          region: 'C',
          county: '103',
          country: 'US',
        },
        lastActionDate: '2023-06-23',
        certIssueDate: '2015-11-02',
        certification: '1G',
        typeAircraft: '1',
        typeEngine: '0',
        statusCode: 'V',
        modeSCode: '51462551',
        modeSCodeHex: 'A66569',
        airworthinessDate: '1971-07-09',
        otherNames: ['CLARK RAYMOND C'],
        expirationDate: '2028-11-30',
        uniqueId: '00201120',
      },
    });
  });

  it('leaves blank FAA values out: sale reported, whole registrant block blank, foreign address', () => {
    const sale = decodeRegistryRow('MASTER', masterRow('946PD'));
    const blank = decodeRegistryRow('MASTER', masterRow('825FW'));
    const foreign = decodeRegistryRow('MASTER', masterRow('92051'));
    if (!sale.ok || !blank.ok || !foreign.ok) throw new Error('expected valid rows');
    expect(sale.record).toMatchObject({ statusCode: '18', registrant: { name: 'SALE REPORTED' } });
    expect(sale.record).not.toHaveProperty('certIssueDate');
    expect(sale.record).not.toHaveProperty('expirationDate');
    expect(blank.record.registrant).toEqual({});
    expect(foreign.record.registrant).toEqual({
      name: 'YARDY PAUL J', street: '5 CLIFFCREST COURT', city: 'CALEDON ONTARIO', zipCode: 'L7C1C1', region: 'S', country: 'CA',
    });
  });

  it('keeps literal double quotes in ACFTREF models', () => {
    const quoted = sampleRows('ACFTREF').find((fields) => fields[0] === '0030124');
    expect(decodeRegistryRow('ACFTREF', quoted ?? [])).toMatchObject({ ok: true, record: { model: 'BABY ACE "D"', cruisingSpeed: 82, numberOfSeats: 1 } });
  });

  it('decodes ENGINE 99999 with its blank TYPE left out', () => {
    const unknown = sampleRows('ENGINE').find((fields) => fields[0] === '99999');
    const result = decodeRegistryRow('ENGINE', unknown ?? []);
    expect(result.ok).toBe(true);
    expect(result.ok && result.record).not.toHaveProperty('type');
  });

  it('returns every issue of a bad MASTER row with its FAA column name', () => {
    const fields = [...masterRow('511CR')];
    fields[0] = '     ';
    fields[23] = '20230230';
    fields[19] = '12';
    const result = decodeRegistryRow('MASTER', fields);
    expect(result).toEqual({
      ok: false,
      issues: [
        { field: 'N-NUMBER', reason: 'required value is blank', value: '' },
        { field: 'TYPE ENGINE', reason: expect.stringContaining('unknown code'), value: '12' },
        { field: 'AIR WORTH DATE', reason: 'not a calendar date (YYYYMMDD)', value: '20230230' },
      ],
    });
  });

  it('decodes a DEREG row into mailing and physical addresses', () => {
    const values: Record<string, string> = {
      'N-NUMBER': '99SK', 'SERIAL-NUMBER': '12345', 'MFR-MDL-CODE': '1234567', 'STATUS-CODE': 'A', NAME: 'GHOST HELI LLC',
      'STREET-MAIL': '200 OAK AVE', 'CITY-MAIL': 'DALLAS', 'STATE-ABBREV-MAIL': 'TX', 'ZIP-CODE-MAIL': '75201',
      'ENG-MFR-MDL': '54321', 'YEAR-MFR': '2001', CERTIFICATION: '1N', REGION: '2', 'COUNTY-MAIL': '113', 'COUNTRY-MAIL': 'US',
      'AIR-WORTH-DATE': '20010101', 'CANCEL-DATE': '20240101', 'MODE-S-CODE': '53140513', 'EXP-COUNTRY': 'CANADA',
      'LAST-ACT-DATE': '20240102', 'STREET-PHYSICAL': '1 HANGAR RD', 'CITY-PHYSICAL': 'ADDISON', 'STATE-ABBREV-PHYSICAL': 'TX',
      'MODE S CODE HEX': 'ACC14B',
    };
    const fields = [...DEREG_LAYOUT.columns.map((column) => (values[column.name] ?? '').padEnd(column.width)), ''];
    // ACC14B is N92051's address, not N99SK's: the Mode S check must notice.
    expect(decodeRegistryRow('DEREG', fields)).toEqual({
      ok: false,
      issues: [{ field: 'MODE S CODE HEX', reason: expect.stringContaining('not the ICAO address of N99SK'), value: 'ACC14B' }],
    });
    fields[0] = '92051';
    expect(decodeRegistryRow('DEREG', fields)).toEqual({
      ok: true,
      record: {
        nNumber: '92051', serialNumber: '12345', mfrMdlCode: '1234567', statusCode: 'A', name: 'GHOST HELI LLC',
        mailingAddress: { street: '200 OAK AVE', city: 'DALLAS', state: 'TX', zipCode: '75201', county: '113', country: 'US' },
        physicalAddress: { street: '1 HANGAR RD', city: 'ADDISON', state: 'TX' },
        engMfrMdl: '54321', yearMfr: 2001, certification: '1N', region: '2', airworthinessDate: '2001-01-01',
        cancelDate: '2024-01-01', modeSCode: '53140513', exportCountry: 'CANADA', lastActionDate: '2024-01-02',
        otherNames: [], modeSCodeHex: 'ACC14B',
      },
    });
  });
});
