import {
  FRACT_OWNER_CODES,
  REGION_CODES,
  STATUS_CODES,
  TYPE_AIRCRAFT_CODES,
  TYPE_ENGINE_CODES,
  TYPE_REGISTRANT_CODES,
} from '../codes/registry-codes';
import { calendarDateRule } from '../validation/calendar-date-rule';
import { checkModeSConsistency } from '../validation/mode-s-consistency';
import { nNumberRule } from '../validation/n-number-rule';
import { oneOfRule } from '../validation/one-of-rule';
import {
  codeCharsRule,
  digitsRule,
  hexModeSRule,
  octalModeSRule,
  patternRule,
  twoLettersRule,
  yearRule,
} from '../validation/pattern-rule';
import type { RegistryFileLayout } from './registry-file-layout';

const date = [calendarDateRule];
const otherNames = [1, 2, 3, 4, 5].map((i) => ({ name: `OTHER NAMES(${i})`, width: 50 }));

/**
 * MASTER.txt: one row per registered aircraft (612 characters, 34 columns and a trailing comma).
 *
 * @example
 * ```ts
 * MASTER_LAYOUT.columns[0]; // { name: 'N-NUMBER', width: 5, required: true, rules: [nNumberRule] }
 * ```
 */
export const MASTER_LAYOUT: RegistryFileLayout = {
  kind: 'MASTER',
  fileName: 'MASTER.txt',
  headerLine:
    'N-NUMBER,SERIAL NUMBER,MFR MDL CODE,ENG MFR MDL,YEAR MFR,TYPE REGISTRANT,NAME,STREET,STREET2,CITY,STATE,' +
    'ZIP CODE,REGION,COUNTY,COUNTRY,LAST ACTION DATE,CERT ISSUE DATE,CERTIFICATION,TYPE AIRCRAFT,TYPE ENGINE,' +
    'STATUS CODE,MODE S CODE,FRACT OWNER,AIR WORTH DATE,OTHER NAMES(1),OTHER NAMES(2),OTHER NAMES(3),' +
    'OTHER NAMES(4),OTHER NAMES(5),EXPIRATION DATE,UNIQUE ID,KIT MFR, KIT MODEL,MODE S CODE HEX,',
  columns: [
    { name: 'N-NUMBER', width: 5, required: true, rules: [nNumberRule] },
    { name: 'SERIAL NUMBER', width: 30 },
    { name: 'MFR MDL CODE', width: 7, rules: [codeCharsRule] },
    { name: 'ENG MFR MDL', width: 5, rules: [codeCharsRule] },
    { name: 'YEAR MFR', width: 4, rules: [yearRule] },
    { name: 'TYPE REGISTRANT', width: 1, rules: [oneOfRule(TYPE_REGISTRANT_CODES)] },
    { name: 'NAME', width: 50 },
    { name: 'STREET', width: 33 },
    { name: 'STREET2', width: 33 },
    { name: 'CITY', width: 18 },
    { name: 'STATE', width: 2, rules: [twoLettersRule] },
    { name: 'ZIP CODE', width: 10, rules: [codeCharsRule] },
    { name: 'REGION', width: 1, rules: [oneOfRule(REGION_CODES)] },
    { name: 'COUNTY', width: 3, rules: [digitsRule] },
    { name: 'COUNTRY', width: 2, rules: [twoLettersRule] },
    { name: 'LAST ACTION DATE', width: 8, required: true, rules: date },
    { name: 'CERT ISSUE DATE', width: 8, rules: date },
    { name: 'CERTIFICATION', width: 10, rules: [codeCharsRule] },
    { name: 'TYPE AIRCRAFT', width: 1, required: true, rules: [oneOfRule(TYPE_AIRCRAFT_CODES)] },
    { name: 'TYPE ENGINE', width: 2, required: true, rules: [oneOfRule(TYPE_ENGINE_CODES)] },
    { name: 'STATUS CODE', width: 2, required: true, rules: [oneOfRule(STATUS_CODES)] },
    { name: 'MODE S CODE', width: 8, required: true, rules: [octalModeSRule] },
    { name: 'FRACT OWNER', width: 1, rules: [oneOfRule(FRACT_OWNER_CODES)] },
    { name: 'AIR WORTH DATE', width: 8, rules: date },
    ...otherNames,
    { name: 'EXPIRATION DATE', width: 8, rules: date },
    { name: 'UNIQUE ID', width: 8, required: true, rules: [patternRule(/^\d{1,8}$/, 'must be up to 8 digits')] },
    { name: 'KIT MFR', width: 30 },
    { name: 'KIT MODEL', width: 20 },
    { name: 'MODE S CODE HEX', width: 10, required: true, rules: [hexModeSRule] },
  ],
  rowRules: [
    (row) => checkModeSConsistency(row, { nNumber: 'N-NUMBER', octal: 'MODE S CODE', hex: 'MODE S CODE HEX' }),
  ],
};
