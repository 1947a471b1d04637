/**
 * The layout of the US ICAO 24-bit address block (A00001–ADF7C7), which the FAA allocates to
 * N-numbers in a fixed order: after each digit prefix come its letter suffixes (A, AA..AZ, B...),
 * then the prefixes one digit longer. Each constant is the number of addresses one subtree covers.
 */
export const NNUMBER_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'; // I and O are never used: they look like 1 and 0
export const US_ICAO_FIRST = 0xa00001;
export const US_ICAO_LAST = 0xadf7c7;

const letters = NNUMBER_LETTERS.length; // 24
/** A letter suffix: nothing, or one letter optionally followed by a second one. */
export const SUFFIX_SIZE = 1 + letters * (1 + letters); // 601
/** After four digits only one more character fits: nothing, a letter or a digit. */
export const BUCKET4_SIZE = 1 + letters + 10; // 35
export const BUCKET3_SIZE = 10 * BUCKET4_SIZE + SUFFIX_SIZE; // 951
export const BUCKET2_SIZE = 10 * BUCKET3_SIZE + SUFFIX_SIZE; // 10111
export const BUCKET1_SIZE = 10 * BUCKET2_SIZE + SUFFIX_SIZE; // 101711
