import { InvalidRegistryArgumentError } from '../errors';
import { isNNumber } from '../validation/n-number-pattern';
import {
  BUCKET1_SIZE,
  BUCKET2_SIZE,
  BUCKET3_SIZE,
  BUCKET4_SIZE,
  NNUMBER_LETTERS,
  SUFFIX_SIZE,
  US_ICAO_FIRST,
} from './us-icao-block';

const LEVEL_SIZES = [BUCKET2_SIZE, BUCKET3_SIZE, BUCKET4_SIZE];

function suffixOffset(suffix: string): number {
  const first = NNUMBER_LETTERS.indexOf(suffix[0] ?? '');
  let offset = (NNUMBER_LETTERS.length + 1) * first + 1;
  if (suffix.length === 2) offset += NNUMBER_LETTERS.indexOf(suffix[1] ?? '') + 1;
  return offset;
}

/**
 * The ICAO 24-bit address (upper-case hex, 6 digits) the FAA assigns to a US N-number.
 * Accepts the N-number with or without its "N" prefix.
 *
 * @throws InvalidRegistryArgumentError when `nNumber` is not a valid US N-number.
 * @example
 * ```ts
 * icaoAddressFromNNumber('1');      // 'A00001'
 * icaoAddressFromNNumber('N99999'); // 'ADF7C7'
 * icaoAddressFromNNumber('511CR');  // 'A66568'
 * ```
 */
export function icaoAddressFromNNumber(nNumber: string): string {
  const n = nNumber.toUpperCase().replace(/^N/, '');
  if (!isNNumber(n)) throw new InvalidRegistryArgumentError(`not a valid US N-number: ${JSON.stringify(nNumber)}`);
  let address = US_ICAO_FIRST + (Number(n[0]) - 1) * BUCKET1_SIZE;
  for (let i = 1; i < n.length; i++) {
    const char = n[i] as string;
    const isLetter = NNUMBER_LETTERS.includes(char);
    if (i === 4) {
      // The fifth character stands alone: a letter or a digit after the empty slot.
      address += isLetter ? 1 + NNUMBER_LETTERS.indexOf(char) : 1 + NNUMBER_LETTERS.length + Number(char);
      break;
    }
    if (isLetter) {
      address += suffixOffset(n.slice(i));
      break;
    }
    address += SUFFIX_SIZE + Number(char) * (LEVEL_SIZES[i - 1] as number);
  }
  return address.toString(16).toUpperCase().padStart(6, '0');
}
