import { TYPE_ENGINE_CODES } from '../codes/registry-codes';
import { oneOfRule } from '../validation/one-of-rule';
import { codeCharsRule, digitsRule } from '../validation/pattern-rule';
import type { RegistryFileLayout } from './registry-file-layout';

/**
 * ENGINE.txt: engine make/model reference (47 characters per row). TYPE is blank for code 99999.
 *
 * @example
 * ```ts
 * ENGINE_LAYOUT.columns.map((c) => c.name); // ['CODE', 'MFR', 'MODEL', 'TYPE', 'HORSEPOWER', 'THRUST']
 * ```
 */
export const ENGINE_LAYOUT: RegistryFileLayout = {
  kind: 'ENGINE',
  fileName: 'ENGINE.txt',
  headerLine: 'CODE,MFR,MODEL,TYPE,HORSEPOWER,THRUST,',
  columns: [
    { name: 'CODE', width: 5, required: true, rules: [codeCharsRule] },
    { name: 'MFR', width: 10 },
    { name: 'MODEL', width: 13 },
    { name: 'TYPE', width: 2, rules: [oneOfRule(TYPE_ENGINE_CODES)] },
    { name: 'HORSEPOWER', width: 5, rules: [digitsRule] },
    { name: 'THRUST', width: 6, rules: [digitsRule] },
  ],
  rowRules: [],
};
