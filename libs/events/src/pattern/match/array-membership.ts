/**
 * Which element of which event array a value came from: pairs of (array id, element index).
 * Empty for values outside arrays, which is the common, allocation-free case.
 */
export type ArrayMembership = readonly (readonly [number, number])[];

export const NO_MEMBERSHIP: ArrayMembership = [];

/**
 * Combines two memberships, or returns `undefined` when they disagree: two values taken from
 * different elements of the same array cannot satisfy one pattern together (event-ruler's
 * "array consistency").
 *
 * @example
 * ```ts
 * mergeMembership([[1, 0]], [[1, 1]]); // undefined
 * mergeMembership([[1, 0]], [[2, 3]]); // [[1, 0], [2, 3]]
 * ```
 */
export function mergeMembership(a: ArrayMembership, b: ArrayMembership): ArrayMembership | undefined {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  let merged: (readonly [number, number])[] | undefined;
  for (const pair of b) {
    const same = a.find(([id]) => id === pair[0]);
    if (same) {
      if (same[1] !== pair[1]) return undefined;
    } else {
      (merged ??= [...a]).push(pair);
    }
  }
  return merged ?? a;
}
