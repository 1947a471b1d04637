import { ENGINE_LAYOUT, MASTER_LAYOUT } from '../layouts';
import { isCalendarDate } from './calendar-date-rule';
import { checkModeSConsistency } from './mode-s-consistency';
import { nNumberRule } from './n-number-rule';
import { validateRow } from './validate-row';

describe('nNumberRule', () => {
  it.each(['1', '9', '90', '99999', '511CR', '1234Z', '123AB', '1A', '1AZ'])('accepts %s', (value) => {
    expect(nNumberRule(value)).toBeUndefined();
  });

  it.each([
    ['0123', 'must start with a digit 1-9'],
    ['123456', 'longer than 5 characters'],
    ['N123', 'without the "N" prefix'],
    ['12I', 'letters I and O'],
    ['1O', 'letters I and O'],
    ['1ABC', 'at most 2 letters'],
    ['1A2', 'digits optionally followed by up to 2 letters'],
    ['1234AB', 'longer than 5 characters'],
    ['12-3', 'digits optionally followed'],
  ])('rejects %s: %s', (value, reason) => {
    expect(nNumberRule(value)).toContain(reason);
  });
});

describe('isCalendarDate', () => {
  it.each(['20240229', '20000229', '19710709', '20301231'])('accepts %s', (value) => expect(isCalendarDate(value)).toBe(true));
  it.each(['20230229', '19000229', '20231301', '20230431', '20230100', '2023010', '2023-01-01', '00000000', '18991231'])(
    'rejects %s',
    (value) => expect(isCalendarDate(value)).toBe(false),
  );
});

describe('checkModeSConsistency', () => {
  const columns = { nNumber: 'N', octal: 'O', hex: 'H' };

  it('accepts codes that agree with each other and the N-number', () => {
    expect(checkModeSConsistency({ N: '511CR', O: '51462550', H: 'A66568' }, columns)).toEqual([]);
  });

  it('reports a hex that is not the octal code', () => {
    expect(checkModeSConsistency({ N: '511CR', O: '51462551', H: 'A66568' }, columns)).toEqual([
      { field: 'H', reason: 'does not match O 51462551 (= hex A66569)', value: 'A66568' },
    ]);
  });

  it('reports an address that belongs to another N-number', () => {
    expect(checkModeSConsistency({ N: '511CS', O: '51462550', H: 'A66568' }, columns)).toEqual([
      { field: 'H', reason: 'is not the ICAO address of N511CS (A66569)', value: 'A66568' },
    ]);
  });
});

describe('validateRow', () => {
  const engine = { CODE: '00401', MFR: 'A.C.E.', MODEL: 'HIDR MARK III', TYPE: '1', HORSEPOWER: '00095', THRUST: '000000' };

  it('accepts a valid row', () => {
    expect(validateRow(ENGINE_LAYOUT, engine)).toEqual([]);
  });

  it('reports each bad field once, with its FAA column name and value', () => {
    const issues = validateRow(ENGINE_LAYOUT, { ...engine, CODE: '', MFR: 'LYCOMING ENGINES', TYPE: '12', HORSEPOWER: '95HP' });
    expect(issues).toEqual([
      { field: 'CODE', reason: 'required value is blank', value: '' },
      { field: 'MFR', reason: 'longer than the column width 10 (16 characters)', value: 'LYCOMING ENGINES' },
      { field: 'TYPE', reason: 'unknown code, expected one of: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11', value: '12' },
      { field: 'HORSEPOWER', reason: 'must contain digits only', value: '95HP' },
    ]);
  });

  it('leaves cross-field checks out while a field is itself invalid', () => {
    const row = Object.fromEntries(MASTER_LAYOUT.columns.map((c) => [c.name, '']));
    const issues = validateRow(MASTER_LAYOUT, { ...row, 'N-NUMBER': '511CR', 'MODE S CODE': '9', 'MODE S CODE HEX': 'A66569' });
    expect(issues.map((issue) => issue.field)).toEqual([
      'LAST ACTION DATE', 'TYPE AIRCRAFT', 'TYPE ENGINE', 'STATUS CODE', 'MODE S CODE', 'UNIQUE ID',
    ]);
  });
});
