import {
  AIRCRAFT_CATEGORY_CODES,
  BUILDER_CERTIFICATION_CODES,
  TYPE_AIRCRAFT_CODES,
  TYPE_ENGINE_CODES,
  WEIGHT_CLASSES,
} from '../codes/registry-codes';
import { oneOfRule } from '../validation/one-of-rule';
import { codeCharsRule, digitsRule } from '../validation/pattern-rule';
import type { RegistryFileLayout } from './registry-file-layout';

/**
 * ACFTREF.txt: aircraft make/model reference (156 characters per row).
 *
 * @example
 * ```ts
 * ACFTREF_LAYOUT.columns.find((c) => c.name === 'MODEL')?.width; // 20
 * ```
 */
export const ACFTREF_LAYOUT: RegistryFileLayout = {
  kind: 'ACFTREF',
  fileName: 'ACFTREF.txt',
  headerLine:
    'CODE,MFR,MODEL,TYPE-ACFT,TYPE-ENG,AC-CAT,BUILD-CERT-IND,NO-ENG,NO-SEATS,AC-WEIGHT,SPEED,TC-DATA-SHEET,TC-DATA-HOLDER,',
  columns: [
    { name: 'CODE', width: 7, required: true, rules: [codeCharsRule] },
    { name: 'MFR', width: 30 },
    { name: 'MODEL', width: 20 },
    { name: 'TYPE-ACFT', width: 1, required: true, rules: [oneOfRule(TYPE_AIRCRAFT_CODES)] },
    { name: 'TYPE-ENG', width: 2, required: true, rules: [oneOfRule(TYPE_ENGINE_CODES)] },
    { name: 'AC-CAT', width: 1, required: true, rules: [oneOfRule(AIRCRAFT_CATEGORY_CODES)] },
    { name: 'BUILD-CERT-IND', width: 1, required: true, rules: [oneOfRule(BUILDER_CERTIFICATION_CODES)] },
    { name: 'NO-ENG', width: 2, required: true, rules: [digitsRule] },
    { name: 'NO-SEATS', width: 3, required: true, rules: [digitsRule] },
    { name: 'AC-WEIGHT', width: 7, required: true, rules: [oneOfRule(WEIGHT_CLASSES)] },
    { name: 'SPEED', width: 4, rules: [digitsRule] },
    { name: 'TC-DATA-SHEET', width: 15 },
    { name: 'TC-DATA-HOLDER', width: 50 },
  ],
  rowRules: [],
};
