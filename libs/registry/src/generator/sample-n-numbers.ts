import { US_ICAO_FIRST, US_ICAO_LAST } from '../icao/us-icao-block';
import { nextNNumber } from './next-n-number';
import type { Prng } from './prng';

/** Every US N-number has exactly one ICAO address, so the block size is the N-number count. */
export const N_NUMBER_COUNT = US_ICAO_LAST - US_ICAO_FIRST + 1; // 915,399

/**
 * Yields exactly `count` distinct N-numbers in ascending FAA order, spread over the whole space
 * (selection sampling, Knuth's algorithm S): no set of chosen numbers is ever held in memory.
 *
 * @example
 * ```ts
 * [...sampleNNumbers(3, new Prng(1))]; // e.g. ['1234', '4K', '87321']
 * ```
 */
export function* sampleNNumbers(count: number, random: Prng): Generator<string> {
  let needed = count;
  let remaining = N_NUMBER_COUNT;
  let current: string | undefined = '1';
  while (current !== undefined && needed > 0) {
    if (random.next() * remaining < needed) {
      needed--;
      yield current;
    }
    remaining--;
    current = nextNNumber(current);
  }
}
