import { WriteSlots } from './write-slots';

describe('WriteSlots', () => {
  it('never lets more than the limit run at once, across callers, and runs everything', async () => {
    const slots = new WriteSlots(3);
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        slots.run(async () => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((resolve) => setTimeout(resolve, 1 + (index % 3)));
          running--;
          done.push(index);
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(done).toHaveLength(12);
  });

  it('frees the slot of a failed call', async () => {
    const slots = new WriteSlots(1);
    await expect(slots.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(slots.run(async () => 'next')).resolves.toBe('next');
  });
});
