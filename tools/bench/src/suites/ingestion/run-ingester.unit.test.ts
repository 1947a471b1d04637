import { ingesterChunksInFlight } from './run-ingester';

describe('ingesterChunksInFlight', () => {
  it('gives the ingester as many BatchWriteItem calls in flight as the baseline (4 per chunk)', () => {
    expect(ingesterChunksInFlight(8)).toBe(2);
    expect(ingesterChunksInFlight(16)).toBe(4);
  });

  it('never goes below one chunk', () => {
    expect(ingesterChunksInFlight(1)).toBe(1);
  });
});
