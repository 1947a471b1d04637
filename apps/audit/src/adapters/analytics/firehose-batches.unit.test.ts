import { firehoseBatches } from './firehose-batches';

const bytes = (size: number) => new Uint8Array(size);

describe('firehoseBatches', () => {
  it('keeps each call within 500 records and 4 MiB, in order', () => {
    expect(firehoseBatches(Array.from({ length: 1001 }, () => bytes(10))).map((batch) => batch.length)).toEqual([500, 500, 1]);
    // Five records of 1,000 KiB: four fit in 4 MiB (4,096,000 ≤ 4,194,304 bytes), the fifth starts a new call.
    expect(firehoseBatches(Array.from({ length: 5 }, () => bytes(1000 * 1024))).map((batch) => batch.length)).toEqual([4, 1]);
  });

  it('refuses a record Firehose could never accept, naming it', () => {
    expect(() => firehoseBatches([bytes(1), bytes(1000 * 1024 + 1)])).toThrow('analytics record 1 is 1024001 bytes');
  });

  it('makes no call of nothing', () => {
    expect(firehoseBatches([])).toEqual([]);
  });
});
