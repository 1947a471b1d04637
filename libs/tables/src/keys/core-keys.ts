import { InvalidKeyError } from '../errors';
import { assertKeySize } from './key-limits';
import { escapeKeyPart } from './escape-key-part';
import {
  validateEngineCode,
  validateId,
  validateIsoDate,
  validateIsoMonth,
  validateModelCode,
  validateNNumber,
  validateText,
} from './identifiers';
import { nameKeyPart } from './name-key-part';
import { normalizeName } from './normalize-name';

/** `MANUFACTURER#SMITH AVIATION`-style partition over a normalized, escaped name. */
const namePartition = (prefix: string, name: unknown, field: string): string =>
  assertKeySize(`${prefix}#${nameKeyPart(name, field)}`, 'partition', field);

/**
 * Keys of `Aircraft` items and of the CoreTable partition that groups an aircraft with its images
 * and deregistrations.
 * @example
 * aircraftKeys.primary('12345'); // { PK: 'AIRCRAFT#12345', SK: 'AIRCRAFT' }
 */
export const aircraftKeys = {
  partition: (nNumber: unknown): string => `AIRCRAFT#${validateNNumber(nNumber, 'nNumber')}`,
  primary: (nNumber: unknown) => ({ PK: aircraftKeys.partition(nNumber), SK: 'AIRCRAFT' }),
  expiryPartition: (month: unknown): string => `EXPIRES#${validateIsoMonth(month, 'month')}`,
  expiryIndex: (nNumber: unknown, expirationDate: unknown) => {
    const date = validateIsoDate(expirationDate, 'expirationDate');
    return { GSI1PK: `EXPIRES#${date.slice(0, 7)}`, GSI1SK: `${date}#${validateNNumber(nNumber, 'nNumber')}` };
  },
  modelIndex: (nNumber: unknown, mfrMdlCode: unknown) => ({
    GSI2PK: aircraftModelKeys.partition(mfrMdlCode, 'mfrMdlCode'),
    GSI2SK: aircraftKeys.partition(nNumber),
  }),
  /** The registrant partition: one per first character of the normalized name. */
  registrantPartition: (namePrefix: unknown, field = 'registrant.name'): string => {
    const normalized = normalizeName(validateText(namePrefix, field));
    const first = Array.from(normalized)[0];
    if (first === undefined) throw new InvalidKeyError(field, 'is blank');
    return `REGISTRANT#${escapeKeyPart(first)}`;
  },
  registrantIndex: (nNumber: unknown, name: unknown) => ({
    GSI3PK: aircraftKeys.registrantPartition(name),
    GSI3SK: assertKeySize(
      `${nameKeyPart(name, 'registrant.name')}#${validateNNumber(nNumber, 'nNumber')}`,
      'sort',
      'registrant.name',
    ),
  }),
};

/**
 * Keys of `AircraftModel` (FAA ACFTREF) items.
 * @example
 * aircraftModelKeys.primary('2072738'); // { PK: 'MODEL#2072738', SK: 'MODEL' }
 */
export const aircraftModelKeys = {
  partition: (code: unknown, field = 'code'): string => `MODEL#${validateModelCode(code, field)}`,
  primary: (code: unknown) => ({ PK: aircraftModelKeys.partition(code), SK: 'MODEL' }),
  manufacturerPartition: (manufacturer: unknown): string => namePartition('MANUFACTURER', manufacturer, 'manufacturer'),
  manufacturerIndex: (code: unknown, manufacturer: unknown) => ({
    GSI1PK: aircraftModelKeys.manufacturerPartition(manufacturer),
    GSI1SK: aircraftModelKeys.partition(code),
  }),
};

/**
 * Keys of `EngineModel` (FAA ENGINE) items.
 * @example
 * engineModelKeys.primary('41514'); // { PK: 'ENGINE#41514', SK: 'ENGINE' }
 */
export const engineModelKeys = {
  partition: (code: unknown): string => `ENGINE#${validateEngineCode(code, 'code')}`,
  primary: (code: unknown) => ({ PK: engineModelKeys.partition(code), SK: 'ENGINE' }),
  manufacturerPartition: (manufacturer: unknown): string => namePartition('ENGINEMFR', manufacturer, 'manufacturer'),
  manufacturerIndex: (code: unknown, manufacturer: unknown) => ({
    GSI1PK: engineModelKeys.manufacturerPartition(manufacturer),
    GSI1SK: engineModelKeys.partition(code),
  }),
};

/**
 * Keys of `AircraftImage` items (image metadata; the bytes live in object storage).
 * @example
 * aircraftImageKeys.primary('12345', '01J9Z...'); // { PK: 'AIRCRAFT#12345', SK: 'IMAGE#01J9Z...' }
 */
export const aircraftImageKeys = {
  sortPrefix: 'IMAGE#',
  primary: (nNumber: unknown, imageId: unknown) => ({
    PK: aircraftKeys.partition(nNumber),
    SK: `IMAGE#${validateId(imageId, 'imageId')}`,
  }),
  idPartition: (imageId: unknown): string => `IMAGE#${validateId(imageId, 'imageId')}`,
  idIndex: (imageId: unknown) => ({ GSI1PK: aircraftImageKeys.idPartition(imageId), GSI1SK: 'IMAGE' }),
};

/**
 * Keys of `Deregistration` (FAA DEREG) items: sorted by cancel date under the aircraft's partition.
 * @example
 * deregistrationKeys.primary('12345', '2019-05-01', 'SN#1'); // SK 'DEREG#2019-05-01#SN%231'
 */
export const deregistrationKeys = {
  sortPrefix: 'DEREG#',
  primary: (nNumber: unknown, cancelDate: unknown, serialNumber: unknown) => ({
    PK: aircraftKeys.partition(nNumber),
    SK: assertKeySize(
      `DEREG#${validateIsoDate(cancelDate, 'cancelDate')}#${escapeKeyPart(validateText(serialNumber, 'serialNumber'))}`,
      'sort',
      'serialNumber',
    ),
  }),
};
