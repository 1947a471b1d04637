import type { LambdaStreamRecord } from './lambda-stream-record';

/** The item's key with its attributes in a fixed order, so equal keys give equal strings. */
const canonicalKey = (keys: LambdaStreamRecord['dynamodb']['Keys']): string =>
  JSON.stringify(
    Object.keys(keys)
      .sort()
      .map((name) => [name, keys[name]]),
  );

/** FNV-1a, 32 bits: cheap and spreads similar keys (`AIRCRAFT#N1`, `AIRCRAFT#N2`) evenly. */
const fnv1a = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
};

/**
 * The lane (0 … `lanes`-1) of a record under ParallelizationFactor `lanes`: every record of one item (same
 * `Keys`) gets the same lane, and a lane runs one batch at a time, so an item's changes are never processed
 * concurrently or out of order while different items proceed in parallel.
 * @example
 * laneOf(record, 10); // e.g. 7, the same for every change of that item
 */
export const laneOf = (record: LambdaStreamRecord, lanes: number): number =>
  lanes <= 1 ? 0 : fnv1a(canonicalKey(record.dynamodb.Keys)) % lanes;
