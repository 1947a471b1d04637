import { nNumberRule } from '@aircraftops/registry';

/** An N-number as stored (no `N` prefix, upper case), or why the input is not one. */
export type ParsedNNumber = { readonly nNumber: string; readonly problem?: undefined } | { readonly problem: string };

/**
 * Reads an N-number as people write it, `N12345`, `n511cr` or `12345`: upper-cased, one leading `N`
 * dropped, then checked with the FAA rules of @aircraftops/registry (which are stricter than the key
 * builder's, e.g. no letters I or O, at most two trailing letters).
 * @example
 * parseNNumber('N511cr'); // { nNumber: '511CR' }
 * parseNNumber('N12O');   // { problem: 'letters I and O are not allowed in an N-number' }
 */
export const parseNNumber = (input: string): ParsedNNumber => {
  const upper = input.toUpperCase();
  const nNumber = upper.startsWith('N') ? upper.slice(1) : upper;
  if (nNumber === '') return { problem: 'N-number is empty' };
  const problem = nNumberRule(nNumber);
  return problem === undefined ? { nNumber } : { problem };
};
