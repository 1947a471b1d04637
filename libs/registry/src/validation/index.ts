export type { ValidationIssue } from './validation-issue';
export type { FieldRule } from './field-rule';
export { isNNumber, N_NUMBER_PATTERN } from './n-number-pattern';
export { nNumberRule } from './n-number-rule';
export { isCalendarDate, calendarDateRule } from './calendar-date-rule';
export { oneOfRule } from './one-of-rule';
export {
  patternRule,
  digitsRule,
  codeCharsRule,
  twoLettersRule,
  yearRule,
  octalModeSRule,
  hexModeSRule,
} from './pattern-rule';
export { checkModeSConsistency } from './mode-s-consistency';
export type { ModeSColumns } from './mode-s-consistency';
export { validateRow } from './validate-row';
