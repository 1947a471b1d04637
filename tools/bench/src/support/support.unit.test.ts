import { CleanupStack } from './cleanup-stack';
import { mapConcurrent } from './map-concurrent';
import { parseProcStatusRss } from './read-rss';

describe('parseProcStatusRss', () => {
  it('reads VmRSS and VmHWM in KiB', () => {
    expect(parseProcStatusRss('Name:\tnode\nVmHWM:\t  151040 kB\nVmRSS:\t  120512 kB\n')).toEqual({ rssKib: 120_512, hwmKib: 151_040 });
  });

  it('has no value when a field is missing', () => {
    expect(parseProcStatusRss('VmRSS:\t 1 kB\n')).toBeUndefined();
  });
});

describe('mapConcurrent', () => {
  it('processes every item with at most `concurrency` in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const done: number[] = [];
    async function* source(): AsyncGenerator<number> {
      for (let i = 0; i < 20; i++) yield i;
    }
    await mapConcurrent(source(), 3, async (item) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      done.push(item);
    });
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(peak).toBe(3);
  });

  it('rejects with the first failure, stops pulling and lets started work finish', async () => {
    let pulled = 0;
    let finished = 0;
    function* source(): Generator<number> {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield i;
      }
    }
    const run = mapConcurrent(source(), 2, async (item) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (item === 3) throw new Error('batch 3 failed');
      finished++;
    });
    await expect(run).rejects.toThrow('batch 3 failed');
    expect(pulled).toBeLessThan(10);
    expect(finished).toBeGreaterThanOrEqual(3);
  });
});

describe('CleanupStack', () => {
  it('runs cleanups newest first, once, and goes on after one fails', async () => {
    const order: string[] = [];
    const reported: string[] = [];
    const cleanups = new CleanupStack((line) => reported.push(line));
    cleanups.defer('jvm', () => order.push('jvm'));
    cleanups.defer('child', () => {
      throw new Error('already gone');
    });
    cleanups.defer('dir', async () => void order.push('dir'));
    await cleanups.runAll();
    await cleanups.runAll();
    expect(order).toEqual(['dir', 'jvm']);
    expect(reported).toEqual(['cleanup "child" failed: already gone']);
    expect(cleanups.size).toBe(0);
  });
});

describe('CleanupStack when two callers run it at once', () => {
  it('lets the second caller wait until the first run has finished every step', async () => {
    const cleanups = new CleanupStack();
    let released = false;
    cleanups.defer('slow', () => new Promise<void>((resolve) => setTimeout(() => resolve(void (released = true)), 30)));

    void cleanups.runAll();
    await cleanups.runAll();

    expect(released).toBe(true);
  });
});
