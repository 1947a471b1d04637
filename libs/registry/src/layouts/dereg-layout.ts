import { REGION_CODES } from '../codes/registry-codes';
import { calendarDateRule } from '../validation/calendar-date-rule';
import { checkModeSConsistency } from '../validation/mode-s-consistency';
import { nNumberRule } from '../validation/n-number-rule';
import { oneOfRule } from '../validation/one-of-rule';
import {
  codeCharsRule,
  digitsRule,
  hexModeSRule,
  octalModeSRule,
  twoLettersRule,
  yearRule,
} from '../validation/pattern-rule';
import type { ColumnSpec } from './column-spec';
import type { RegistryFileLayout } from './registry-file-layout';

const date = [calendarDateRule];

function address(suffix: 'MAIL' | 'PHYSICAL', withRegionBlock: boolean): ColumnSpec[] {
  const street: ColumnSpec[] = [
    { name: `STREET-${suffix}`, width: 33 },
    { name: `STREET2-${suffix}`, width: 33 },
    { name: `CITY-${suffix}`, width: 18 },
    { name: `STATE-ABBREV-${suffix}`, width: 2, rules: [twoLettersRule] },
    { name: `ZIP-CODE-${suffix}`, width: 10, rules: [codeCharsRule] },
  ];
  // The mailing address's county/country come later in the row, after other columns.
  return withRegionBlock
    ? [...street, { name: `COUNTY-${suffix}`, width: 3, rules: [digitsRule] }, { name: `COUNTRY-${suffix}`, width: 2, rules: [twoLettersRule] }]
    : street;
}

/**
 * DEREG.txt: deregistered aircraft, with mailing and physical addresses (layout from FAA `ardata.pdf`;
 * no real extract is in the repository, so widths follow the document).
 *
 * @example
 * ```ts
 * DEREG_LAYOUT.columns.some((c) => c.name === 'CANCEL-DATE'); // true
 * ```
 */
export const DEREG_LAYOUT: RegistryFileLayout = {
  kind: 'DEREG',
  fileName: 'DEREG.txt',
  headerLine:
    'N-NUMBER,SERIAL-NUMBER,MFR-MDL-CODE,STATUS-CODE,NAME,STREET-MAIL,STREET2-MAIL,CITY-MAIL,STATE-ABBREV-MAIL,' +
    'ZIP-CODE-MAIL,ENG-MFR-MDL,YEAR-MFR,CERTIFICATION,REGION,COUNTY-MAIL,COUNTRY-MAIL,AIR-WORTH-DATE,CANCEL-DATE,' +
    'MODE-S-CODE,INDICATOR-GROUP,EXP-COUNTRY,LAST-ACT-DATE,CERT-ISSUE-DATE,STREET-PHYSICAL,STREET2-PHYSICAL,' +
    'CITY-PHYSICAL,STATE-ABBREV-PHYSICAL,ZIP-CODE-PHYSICAL,COUNTY-PHYSICAL,COUNTRY-PHYSICAL,OTHER-NAMES(1),' +
    'OTHER-NAMES(2),OTHER-NAMES(3),OTHER-NAMES(4),OTHER-NAMES(5),KIT MFR, KIT MODEL,MODE S CODE HEX,',
  columns: [
    { name: 'N-NUMBER', width: 5, required: true, rules: [nNumberRule] },
    { name: 'SERIAL-NUMBER', width: 30 },
    { name: 'MFR-MDL-CODE', width: 7, rules: [codeCharsRule] },
    { name: 'STATUS-CODE', width: 2, rules: [codeCharsRule] },
    { name: 'NAME', width: 50 },
    ...address('MAIL', false),
    { name: 'ENG-MFR-MDL', width: 5, rules: [codeCharsRule] },
    { name: 'YEAR-MFR', width: 4, rules: [yearRule] },
    { name: 'CERTIFICATION', width: 10, rules: [codeCharsRule] },
    { name: 'REGION', width: 1, rules: [oneOfRule(REGION_CODES)] },
    { name: 'COUNTY-MAIL', width: 3, rules: [digitsRule] },
    { name: 'COUNTRY-MAIL', width: 2, rules: [twoLettersRule] },
    { name: 'AIR-WORTH-DATE', width: 8, rules: date },
    { name: 'CANCEL-DATE', width: 8, rules: date },
    { name: 'MODE-S-CODE', width: 8, rules: [octalModeSRule] },
    { name: 'INDICATOR-GROUP', width: 1 },
    { name: 'EXP-COUNTRY', width: 18 },
    { name: 'LAST-ACT-DATE', width: 8, rules: date },
    { name: 'CERT-ISSUE-DATE', width: 8, rules: date },
    ...address('PHYSICAL', true),
    ...[1, 2, 3, 4, 5].map((i) => ({ name: `OTHER-NAMES(${i})`, width: 50 })),
    { name: 'KIT MFR', width: 30 },
    { name: 'KIT MODEL', width: 20 },
    { name: 'MODE S CODE HEX', width: 10, rules: [hexModeSRule] },
  ],
  rowRules: [
    (row) => checkModeSConsistency(row, { nNumber: 'N-NUMBER', octal: 'MODE-S-CODE', hex: 'MODE S CODE HEX' }),
  ],
};
