import { BatchBuffer } from './batch-buffer';
import type { BufferedRecord } from './buffered-record';

const entry = (sequenceNumber: string, overrides: Partial<BufferedRecord> = {}): BufferedRecord =>
  ({ record: {} as BufferedRecord['record'], sequenceNumber, itemKey: `item-${sequenceNumber}`, createdAtSeconds: 0, payloadBytes: 100, readAt: 0, ...overrides });
const sequenceNumbers = (records: readonly BufferedRecord[]) => records.map((record) => record.sequenceNumber);

describe('BatchBuffer', () => {
  it('closes a batch before the payload limit even when BatchSize allows more', () => {
    const buffer = new BatchBuffer({ batchSize: 100, batchingWindowMs: 60_000, maxPayloadBytes: 350 });
    buffer.push(['1', '2', '3', '4'].map((s) => entry(s)));

    expect(buffer.isReady(0, false)).toBe(true);
    expect(sequenceNumbers(buffer.take().records)).toEqual(['1', '2', '3']);
    expect(sequenceNumbers(buffer.take().records)).toEqual(['4']);
  });

  it('waits for the window while the batch is neither full nor too large', () => {
    const buffer = new BatchBuffer({ batchSize: 3, batchingWindowMs: 1_000 });
    buffer.push([entry('1', { readAt: 500 })]);

    expect(buffer.isReady(1_499, false)).toBe(false);
    expect(buffer.windowRemainingMs(1_200)).toBe(300);
    expect(buffer.isReady(1_500, false)).toBe(true);
  });

  it('releases buffered records at the end of a shard without waiting for the window', () => {
    const buffer = new BatchBuffer({ batchSize: 3, batchingWindowMs: 60_000 });
    buffer.push([entry('1')]);

    expect(buffer.isReady(0, true)).toBe(true);
  });

  it('skips every record of a held item and keeps them, in order, for a later batch', () => {
    const buffer = new BatchBuffer({ batchSize: 10, batchingWindowMs: 0 });
    buffer.push([entry('1', { itemKey: 'A' }), entry('2', { itemKey: 'B' }), entry('3', { itemKey: 'A' }), entry('4', { itemKey: 'C' })]);
    const held = new Set(['A']);

    expect(sequenceNumbers(buffer.take((key) => held.has(key)).records)).toEqual(['2', '4']);
    expect(buffer.isReady(0, false, (key) => held.has(key))).toBe(false);
    held.clear();
    expect(sequenceNumbers(buffer.take((key) => held.has(key)).records)).toEqual(['1', '3']);
  });

  it('gives the records left over from a full batch a window of their own, from when that batch was taken', () => {
    const buffer = new BatchBuffer({ batchSize: 2, batchingWindowMs: 500 });
    buffer.push(['1', '2', '3'].map((s) => entry(s, { readAt: 0 })));

    expect(sequenceNumbers(buffer.take(undefined, 1_000).records)).toEqual(['1', '2']);
    expect(buffer.isReady(1_499, false)).toBe(false);
    expect(buffer.windowRemainingMs(1_200)).toBe(300);
    expect(buffer.isReady(1_500, false)).toBe(true);
  });

  it('fills a batch with every free item, so batches stay full whatever the ParallelizationFactor', () => {
    const buffer = new BatchBuffer({ batchSize: 3, batchingWindowMs: 60_000 });
    buffer.push(['1', '2', '3', '4'].map((s) => entry(s)));

    expect(buffer.isReady(0, false)).toBe(true);
    expect(sequenceNumbers(buffer.take().records)).toEqual(['1', '2', '3']);
    expect(buffer.isReady(0, false)).toBe(false);
  });
});
