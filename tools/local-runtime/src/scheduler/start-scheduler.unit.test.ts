import { startScheduler } from './start-scheduler';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('startScheduler', () => {
  it('calls runDue repeatedly with the current time', async () => {
    const calls: Date[] = [];
    const scheduler = startScheduler({ intervalMs: 5, runDue: async (now) => void calls.push(now) });

    await sleep(60);
    await scheduler.stop();

    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls.every((call) => call instanceof Date)).toBe(true);
  });

  it('never starts a pass while the previous one is still running', async () => {
    let active = 0;
    let maxActive = 0;
    let passes = 0;
    const scheduler = startScheduler({
      intervalMs: 1,
      runDue: async () => {
        active += 1;
        maxActive = Math.max(maxActive, active);
        await sleep(15);
        active -= 1;
        passes += 1;
      },
    });

    await sleep(80);
    await scheduler.stop();

    expect(passes).toBeGreaterThanOrEqual(2);
    expect(maxActive).toBe(1);
  });

  it('reports a failing pass and keeps going', async () => {
    const errors: unknown[] = [];
    let passes = 0;
    const boom = new Error('DynamoDB is down');
    const scheduler = startScheduler({
      intervalMs: 2,
      runDue: async () => {
        passes += 1;
        if (passes === 1) throw boom;
      },
      onError: (error) => errors.push(error),
    });

    await sleep(40);
    await scheduler.stop();

    expect(errors).toEqual([boom]);
    expect(passes).toBeGreaterThanOrEqual(2);
  });

  it('stop waits for the pass in progress and no pass starts afterwards', async () => {
    let finished = false;
    let passes = 0;
    let entered: () => void = () => undefined;
    const inPass = new Promise<void>((resolve) => (entered = resolve));
    const scheduler = startScheduler({
      intervalMs: 1,
      runDue: async () => {
        passes += 1;
        entered();
        await sleep(20);
        finished = true;
      },
    });

    await inPass;
    await scheduler.stop();
    const passesAtStop = passes;
    await sleep(20);

    expect(finished).toBe(true);
    expect(passes).toBe(passesAtStop);
    await expect(scheduler.stop()).resolves.toBeUndefined();
  });

  it('refuses an interval that is not a positive number', () => {
    expect(() => startScheduler({ intervalMs: 0, runDue: async () => undefined })).toThrow('intervalMs must be a positive number');
  });
});
