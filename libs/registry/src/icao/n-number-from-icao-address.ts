import {
  BUCKET1_SIZE,
  BUCKET2_SIZE,
  BUCKET3_SIZE,
  BUCKET4_SIZE,
  NNUMBER_LETTERS,
  SUFFIX_SIZE,
  US_ICAO_FIRST,
  US_ICAO_LAST,
} from './us-icao-block';

function decodeSuffix(offset: number): string {
  if (offset === 0) return '';
  const first = Math.floor((offset - 1) / (NNUMBER_LETTERS.length + 1));
  const second = (offset - 1) % (NNUMBER_LETTERS.length + 1);
  return (NNUMBER_LETTERS[first] ?? '') + (second === 0 ? '' : (NNUMBER_LETTERS[second - 1] ?? ''));
}

/**
 * The US N-number (without "N") for an ICAO 24-bit address: the exact inverse of
 * `icaoAddressFromNNumber`. Returns undefined outside the US block A00001–ADF7C7 or for
 * anything that is not 1–6 hex digits.
 *
 * @example
 * ```ts
 * nNumberFromIcaoAddress('A66568'); // '511CR'
 * nNumberFromIcaoAddress('3C6444'); // undefined (a German address)
 * ```
 */
export function nNumberFromIcaoAddress(hex: string): string | undefined {
  const trimmed = hex.trim();
  if (!/^[0-9A-Fa-f]{1,6}$/.test(trimmed)) return undefined;
  const address = parseInt(trimmed, 16);
  if (address < US_ICAO_FIRST || address > US_ICAO_LAST) return undefined;

  let rest = address - US_ICAO_FIRST;
  let n = String(Math.floor(rest / BUCKET1_SIZE) + 1);
  rest %= BUCKET1_SIZE;
  for (const size of [BUCKET2_SIZE, BUCKET3_SIZE, BUCKET4_SIZE]) {
    if (rest < SUFFIX_SIZE) return n + decodeSuffix(rest);
    rest -= SUFFIX_SIZE;
    n += String(Math.floor(rest / size));
    rest %= size;
  }
  // After four digits: nothing, one letter, or one digit.
  if (rest === 0) return n;
  if (rest <= NNUMBER_LETTERS.length) return n + NNUMBER_LETTERS[rest - 1];
  return n + String(rest - NNUMBER_LETTERS.length - 1);
}
