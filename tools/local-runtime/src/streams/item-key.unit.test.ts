import { itemKeyOf } from './item-key';
import type { LambdaStreamRecord } from './lambda-stream-record';

const recordWithKeys = (keys: LambdaStreamRecord['dynamodb']['Keys']): LambdaStreamRecord =>
  ({ dynamodb: { Keys: keys } }) as unknown as LambdaStreamRecord;

describe('itemKeyOf', () => {
  it('is the same for every record of one item, whatever the order of its key attributes', () => {
    const a = recordWithKeys({ PK: { S: 'AIRCRAFT#N1' }, SK: { S: 'META' } });
    const b = recordWithKeys({ SK: { S: 'META' }, PK: { S: 'AIRCRAFT#N1' } });

    expect(itemKeyOf(a)).toBe(itemKeyOf(b));
  });

  it('differs between items', () => {
    expect(itemKeyOf(recordWithKeys({ PK: { S: 'A' }, SK: { S: 'X' } }))).not.toBe(itemKeyOf(recordWithKeys({ PK: { S: 'A' }, SK: { S: 'Y' } })));
  });
});
