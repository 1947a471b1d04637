import { createHash } from 'node:crypto';

/**
 * A deterministic source of numbers in [0, 1) from a string seed (mulberry32 over the first 32 bits of
 * the seed's SHA-256): the same seed gives the same sequence on every machine, so a chaos run that
 * finds a bug can be repeated.
 *
 * @example
 * ```ts
 * const random = seededRandom('42');
 * random(); // always the same first number for seed '42'
 * ```
 */
export function seededRandom(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
