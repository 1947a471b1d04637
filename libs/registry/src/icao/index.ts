export { icaoAddressFromNNumber } from './icao-address-from-n-number';
export { nNumberFromIcaoAddress } from './n-number-from-icao-address';
export { US_ICAO_FIRST, US_ICAO_LAST, NNUMBER_LETTERS } from './us-icao-block';
