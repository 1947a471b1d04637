import { InvalidKeyError } from '../errors';
import { aircraftIndexKeys } from './core-index-keys';
import { aircraftImageKeys, aircraftKeys, aircraftModelKeys, deregistrationKeys, engineModelKeys } from './core-keys';
import { coreQueries } from './core-queries';

describe('aircraftKeys', () => {
  it('builds the primary key from a valid N-number', () => {
    expect(aircraftKeys.primary('123AB')).toEqual({ PK: 'AIRCRAFT#123AB', SK: 'AIRCRAFT' });
  });

  it.each([
    ['N123#MODEL', 'a delimiter and the N prefix'],
    ['N12345', 'the N prefix'],
    ['0123', 'a leading zero'],
    ['123456', 'six characters'],
    ['12ab', 'lowercase letters'],
    ['', 'nothing'],
  ])('rejects %j (%s) naming the field and the rule', (nNumber) => {
    expect(() => aircraftKeys.primary(nNumber)).toThrow(InvalidKeyError);
    expect(() => aircraftKeys.primary(nNumber)).toThrow(/^nNumber must match \^\[1-9\]\[0-9A-Z\]\{0,4\}\$/);
  });

  it('rejects non-strings with their type', () => {
    expect(() => aircraftKeys.primary(12345)).toThrow('got number 12345');
  });
});

describe('aircraftIndexKeys', () => {
  const aircraft = { nNumber: '1A', mfrMdlCode: '2072738', statusCode: 'V', expirationDate: '2027-01-31', registrant: { name: ' smith  #1 50% ' } };

  it('computes all three index keys, normalizing and escaping the registrant name', () => {
    expect(aircraftIndexKeys(aircraft)).toEqual({
      GSI1PK: 'EXPIRES#2027-01',
      GSI1SK: '2027-01-31#1A',
      GSI2PK: 'MODEL#2072738',
      GSI2SK: 'AIRCRAFT#1A',
      GSI3PK: 'REGISTRANT#S',
      GSI3SK: 'SMITH %231 50%25#1A',
    });
  });

  it('leaves the expiry index out unless the registration is valid and dated', () => {
    expect(aircraftIndexKeys({ ...aircraft, statusCode: 'D' })).not.toHaveProperty('GSI1PK');
    expect(aircraftIndexKeys({ ...aircraft, expirationDate: undefined })).not.toHaveProperty('GSI1SK');
  });

  it('leaves the registrant index out for a blank name', () => {
    expect(aircraftIndexKeys({ ...aircraft, registrant: { name: '   ' } })).not.toHaveProperty('GSI3PK');
  });

  it('has no index keys at all once soft-deleted', () => {
    expect(aircraftIndexKeys({ ...aircraft, delete_at: 1 })).toEqual({});
  });

  it('rejects an impossible expiration date', () => {
    expect(() => aircraftIndexKeys({ ...aircraft, expirationDate: '2027-02-30' })).toThrow(
      'expirationDate is not a calendar date; got "2027-02-30"',
    );
  });

  it('escapes a registrant name starting with # in its partition', () => {
    expect(aircraftIndexKeys({ ...aircraft, registrant: { name: '#HASH' } }).GSI3PK).toBe('REGISTRANT#%23');
  });
});

describe('other CoreTable keys', () => {
  it('validate model and engine codes by length and alphabet', () => {
    expect(aircraftModelKeys.primary('2072738')).toEqual({ PK: 'MODEL#2072738', SK: 'MODEL' });
    expect(() => aircraftModelKeys.primary('207273')).toThrow('code must match');
    expect(engineModelKeys.primary('41514')).toEqual({ PK: 'ENGINE#41514', SK: 'ENGINE' });
    expect(() => engineModelKeys.primary('4151#')).toThrow(InvalidKeyError);
  });

  it('put manufacturers in partitions normalized and escaped, and reject blank ones', () => {
    expect(aircraftModelKeys.manufacturerIndex('2072738', ' cessna #2 ')).toEqual({
      GSI1PK: 'MANUFACTURER#CESSNA %232',
      GSI1SK: 'MODEL#2072738',
    });
    expect(() => engineModelKeys.manufacturerPartition('  ')).toThrow('manufacturer is blank');
  });

  it('reject image ids with delimiters', () => {
    expect(aircraftImageKeys.primary('1', '01J9Z-abc_1')).toEqual({ PK: 'AIRCRAFT#1', SK: 'IMAGE#01J9Z-abc_1' });
    expect(() => aircraftImageKeys.idIndex('a#b')).toThrow('imageId must match');
  });

  it('escape serial numbers in deregistration sort keys and enforce the 1024-byte limit', () => {
    expect(deregistrationKeys.primary('1', '2019-05-01', 'SN#1%').SK).toBe('DEREG#2019-05-01#SN%231%25');
    expect(deregistrationKeys.primary('1', '2019-05-01', 'x'.repeat(1024 - 'DEREG#2019-05-01#'.length)).SK).toHaveLength(1024);
    expect(() => deregistrationKeys.primary('1', '2019-05-01', 'x'.repeat(1024 - 'DEREG#2019-05-01#'.length + 1))).toThrow(
      'serialNumber makes a sort key of 1025 bytes (UTF-8); DynamoDB allows at most 1024',
    );
  });
});

describe('coreQueries', () => {
  it('target the right index with validated, escaped key conditions', () => {
    const aircraftItems = { partition: 'AIRCRAFT#', sort: 'AIRCRAFT' };
    expect(coreQueries.registrationsExpiringIn('2027-01')).toEqual({ index: 'GSI1', partition: 'EXPIRES#2027-01', tableKeyPrefixes: aircraftItems });
    expect(coreQueries.aircraftOfModel('2072738')).toEqual({ index: 'GSI2', partition: 'MODEL#2072738', tableKeyPrefixes: aircraftItems });
    expect(coreQueries.aircraftByRegistrantPrefix(' smith #')).toEqual({
      index: 'GSI3',
      partition: 'REGISTRANT#S',
      range: { beginsWith: 'SMITH %23' },
      tableKeyPrefixes: aircraftItems,
    });
    expect(coreQueries.imageById('img1')).toEqual({
      index: 'GSI1',
      partition: 'IMAGE#img1',
      range: { eq: 'IMAGE' },
      tableKeyPrefixes: { partition: 'AIRCRAFT#', sort: 'IMAGE#' },
    });
    expect(coreQueries.deregistrationsOfAircraft('1')).toEqual({ partition: 'AIRCRAFT#1', range: { beginsWith: 'DEREG#' } });
  });

  it('say which items every index list holds, so a page token naming another kind is refused', () => {
    expect(coreQueries.modelsOfManufacturer('CESSNA').tableKeyPrefixes).toEqual({ partition: 'MODEL#', sort: 'MODEL' });
    expect(coreQueries.enginesOfManufacturer('LYCOMING').tableKeyPrefixes).toEqual({ partition: 'ENGINE#', sort: 'ENGINE' });
  });

  it('reject a month that is not YYYY-MM', () => {
    expect(() => coreQueries.registrationsExpiringIn('2027-13')).toThrow('month must match');
  });
});
