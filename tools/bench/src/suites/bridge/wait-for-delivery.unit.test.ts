import { waitForDelivery } from './wait-for-delivery';

describe('waitForDelivery', () => {
  it('returns once every written id has been delivered', async () => {
    const written = new Map([['N1', 0], ['N2', 0]]);
    const delivered = new Map<string, number>([['N1', 1]]);
    setTimeout(() => delivered.set('N2', 2), 30);

    await expect(waitForDelivery(written, new Map(), delivered, { deadline: Date.now() + 5_000, stallMs: 5_000, pollMs: 5 })).resolves.toBeUndefined();
  });

  it('does not mistake other ids for the written ones', async () => {
    const written = new Map([['N1', 0]]);
    const delivered = new Map([['N9', 1]]);

    const stopped = await waitForDelivery(written, new Map(), delivered, { deadline: Date.now() + 5_000, stallMs: 50, pollMs: 5 });

    expect(stopped).toBe('stopped waiting: nothing accepted or delivered for 0.05 s');
  });

  it('gives up at the deadline, saying how many are missing', async () => {
    const accepted = new Map<string, number>();
    const timer = setInterval(() => accepted.set(String(accepted.size), 0), 5);
    const stopped = await waitForDelivery(new Map([['N1', 0], ['N2', 0]]), accepted, new Map(), { deadline: Date.now() + 60, stallMs: 5_000, pollMs: 5 });
    clearInterval(timer);

    expect(stopped).toBe('stopped waiting at the deadline with 2 event(s) not delivered');
  });
});
