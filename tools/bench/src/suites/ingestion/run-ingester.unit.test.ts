import { ingesterChunksInFlight } from './run-ingester';

describe('ingesterChunksInFlight', () => {
  it('fills the baseline’s BatchWriteItem concurrency (4 per chunk) plus one chunk reading its delta', () => {
    expect(ingesterChunksInFlight(8)).toBe(3);
    expect(ingesterChunksInFlight(16)).toBe(5);
  });

  it('never goes below one writing chunk', () => {
    expect(ingesterChunksInFlight(1)).toBe(2);
  });
});
