import { sampleRows } from '../test-support.fixtures.test';
import { icaoAddressFromNNumber } from './icao-address-from-n-number';
import { nNumberFromIcaoAddress } from './n-number-from-icao-address';
import { RegistryError } from '../errors';

describe('icaoAddressFromNNumber', () => {
  it.each([
    ['1', 'A00001'],
    ['N1', 'A00001'],
    ['1A', 'A00002'],
    ['1AA', 'A00003'],
    ['1Z', 'A00241'],
    ['1ZZ', 'A00259'],
    ['10', 'A0025A'],
    ['99999', 'ADF7C7'],
    ['N99999', 'ADF7C7'],
    ['511CR', 'A66568'],
  ])('maps N%s to %s', (nNumber, address) => {
    expect(icaoAddressFromNNumber(nNumber)).toBe(address);
  });

  it('gives MODE S CODE HEX, and the octal MODE S CODE, for every real MASTER row', () => {
    const rows = sampleRows('MASTER');
    expect(rows).toHaveLength(134);
    for (const fields of rows) {
      const [nNumber, octal, hex] = [fields[0]!.trim(), fields[21]!.trim(), fields[33]!.trim()];
      expect({ nNumber, address: icaoAddressFromNNumber(nNumber) }).toEqual({ nNumber, address: hex });
      expect(parseInt(octal, 8).toString(16).toUpperCase()).toBe(hex);
    }
  });

  it.each(['0', '123456', '1I', '12O', '1ABC', 'A1', '', '1A1'])('rejects the invalid N-number %j', (nNumber) => {
    expect(() => icaoAddressFromNNumber(nNumber)).toThrow(RegistryError);
  });
});

describe('nNumberFromIcaoAddress', () => {
  it('is the exact inverse over the whole US block A00001–ADF7C7', () => {
    let mismatches = 0;
    for (let address = 0xa00001; address <= 0xadf7c7; address++) {
      const hex = address.toString(16).toUpperCase();
      const nNumber = nNumberFromIcaoAddress(hex);
      if (nNumber === undefined || icaoAddressFromNNumber(nNumber) !== hex) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('maps the anchors back', () => {
    expect(nNumberFromIcaoAddress('A00001')).toBe('1');
    expect(nNumberFromIcaoAddress('adf7c7')).toBe('99999');
    expect(nNumberFromIcaoAddress('AC7190')).toBe('9000M');
  });

  it.each(['A00000', 'ADF7C8', '3C6444', 'FFFFFF', 'XYZ', '', '1A000001'])('returns undefined outside the US block: %j', (hex) => {
    expect(nNumberFromIcaoAddress(hex)).toBeUndefined();
  });
});
