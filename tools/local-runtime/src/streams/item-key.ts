import type { LambdaStreamRecord } from './lambda-stream-record';

/**
 * The item a record is about, as a string: its `Keys` with the attributes in a fixed order, so every
 * record of one item gives the same string whatever order the stream lists them in. Under
 * ParallelizationFactor > 1 an item's records are never in two batches in flight (see `BatchBuffer`).
 * @example
 * itemKeyOf(record); // '[["PK",{"S":"AIRCRAFT#N1"}],["SK",{"S":"AIRCRAFT"}]]'
 */
export const itemKeyOf = (record: Pick<LambdaStreamRecord, 'dynamodb'>): string => {
  const keys = record.dynamodb.Keys;
  const names = Object.keys(keys);
  if (names.length > 1) names.sort();
  return JSON.stringify(names.map((name) => [name, keys[name]]));
};
