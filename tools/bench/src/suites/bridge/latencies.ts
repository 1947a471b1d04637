/**
 * Write → delivery latencies (ms) of every id present in both maps, plus the ids written but never
 * delivered (so a lost event shows up as a count, not as a better percentile).
 *
 * @example
 * ```ts
 * latencies(new Map([['N1', 1000], ['N2', 1000]]), new Map([['N1', 1040]])); // { values: [40], missing: ['N2'] }
 * ```
 */
export const latencies = (
  writtenAt: ReadonlyMap<string, number>,
  deliveredAt: ReadonlyMap<string, number>,
): { readonly values: number[]; readonly missing: string[] } => {
  const values: number[] = [];
  const missing: string[] = [];
  for (const [id, written] of writtenAt) {
    const delivered = deliveredAt.get(id);
    if (delivered === undefined) missing.push(id);
    else values.push(delivered - written);
  }
  return { values, missing };
};
