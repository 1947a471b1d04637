export { type ParsedNNumber, parseNNumber } from './parse-n-number';
