import { BatchBuffer } from './batch-buffer';
import type { BufferedRecord } from './buffered-record';

const entry = (sequenceNumber: string, overrides: Partial<BufferedRecord> = {}): BufferedRecord =>
  ({ record: {} as BufferedRecord['record'], sequenceNumber, createdAtSeconds: 0, payloadBytes: 100, matched: true, readAt: 0, ...overrides });

describe('BatchBuffer', () => {
  it('closes a batch before the payload limit even when BatchSize allows more', () => {
    const buffer = new BatchBuffer({ batchSize: 100, batchingWindowMs: 60_000, maxPayloadBytes: 350 });
    buffer.push(['1', '2', '3', '4'].map((s) => entry(s)));

    expect(buffer.isReady(0, false)).toBe(true);
    expect(buffer.take().records.map((r) => r.sequenceNumber)).toEqual(['1', '2', '3']);
    expect(buffer.take().records.map((r) => r.sequenceNumber)).toEqual(['4']);
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

  it('takes filtered-out records along, and reaches the last one in the checkpoint', () => {
    const buffer = new BatchBuffer({ batchSize: 1, batchingWindowMs: 0 });
    buffer.push([entry('1', { matched: false }), entry('2'), entry('3', { matched: false }), entry('4')]);

    expect(buffer.take()).toMatchObject({ lastSequenceNumber: '3', filteredOut: 2, records: [{ sequenceNumber: '2' }] });
    expect(buffer.take()).toMatchObject({ lastSequenceNumber: '4', filteredOut: 0 });
  });
});
