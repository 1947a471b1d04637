import type { ScheduleDeclaration } from '@aircraftops/declarations';

import { localIntervalSeconds } from './local-interval';
import { startSchedules } from './start-schedules';

const schedule = (overrides: Partial<ScheduleDeclaration>): ScheduleDeclaration =>
  ({ name: 'app-tick', expression: 'rate(1 minute)', ...overrides }) as ScheduleDeclaration;

describe('local schedules', () => {
  it('run at the declared local interval, else the rate, else once a minute for a cron', () => {
    expect(localIntervalSeconds({ expression: 'rate(1 minute)', localIntervalSeconds: 5 })).toBe(5);
    expect(localIntervalSeconds({ expression: 'rate(5 minutes)' })).toBe(300);
    expect(localIntervalSeconds({ expression: 'rate(2 hours)' })).toBe(7200);
    expect(localIntervalSeconds({ expression: 'cron(0 3 * * ? *)' })).toBe(60);
  });

  it('invoke each declared schedule with a Scheduler event, print the local choice, and log a failed run', async () => {
    jest.useFakeTimers();
    const lines: string[] = [];
    const invoked: { name: string; event: { source: string; resources: string[] } }[] = [];
    try {
      const schedulers = startSchedules({
        schedules: [schedule({ name: 'app-tick', localIntervalSeconds: 2 })],
        invoke: async (name, event) => {
          invoked.push({ name, event: event as { source: string; resources: string[] } });
          throw new Error('Task timed out after 60.00 seconds');
        },
        region: 'us-east-1',
        account: '123456789012',
        log: (line) => lines.push(line),
      });
      await jest.advanceTimersByTimeAsync(2_000);
      await Promise.all(schedulers.map((scheduler) => scheduler.stop()));
    } finally {
      jest.useRealTimers();
    }

    expect(invoked).toEqual([
      {
        name: 'app-tick',
        event: expect.objectContaining({ source: 'aws.scheduler', resources: ['arn:aws:scheduler:us-east-1:123456789012:schedule/default/app-tick'] }),
      },
    ]);
    expect(lines).toEqual([
      '[scheduler] app-tick: rate(1 minute) in the cloud, every 2 s locally',
      '[scheduler] app-tick failed: Task timed out after 60.00 seconds',
    ]);
  });
});
