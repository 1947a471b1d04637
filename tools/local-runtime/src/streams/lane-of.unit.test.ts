import type { LambdaStreamRecord } from './lambda-stream-record';
import { laneOf } from './lane-of';

const recordWithKeys = (keys: LambdaStreamRecord['dynamodb']['Keys']): LambdaStreamRecord =>
  ({ dynamodb: { Keys: keys } }) as unknown as LambdaStreamRecord;

describe('laneOf', () => {
  it('gives every record of one item the same lane, whatever the order of its key attributes', () => {
    const a = recordWithKeys({ PK: { S: 'AIRCRAFT#N1' }, SK: { S: 'META' } });
    const b = recordWithKeys({ SK: { S: 'META' }, PK: { S: 'AIRCRAFT#N1' } });

    expect(laneOf(a, 10)).toBe(laneOf(b, 10));
  });

  it('spreads different items over every lane', () => {
    const lanes = new Set(Array.from({ length: 200 }, (_, i) => laneOf(recordWithKeys({ PK: { S: `AIRCRAFT#N${i}` } }), 10)));

    expect([...lanes].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('uses the single lane when ParallelizationFactor is 1', () => {
    expect(laneOf(recordWithKeys({ PK: { S: 'anything' } }), 1)).toBe(0);
  });
});
