import { randomUUID } from 'node:crypto';

import type { ScheduleDeclaration } from '@aircraftops/declarations';

import { localIntervalSeconds } from './local-interval';
import { type Scheduler, startScheduler } from './start-scheduler';

/** What `startSchedules` needs. */
export interface StartSchedulesOptions {
  readonly schedules: readonly ScheduleDeclaration[];
  /** Invokes the scheduled function (built from its declaration) with a Scheduler event. */
  readonly invoke: (name: string, event: unknown) => Promise<unknown>;
  readonly region: string;
  readonly account: string;
  readonly log: (line: string) => void;
}

/** The event EventBridge Scheduler sends a Lambda target (the handlers ignore it; its time is informative). */
const schedulerEvent = (schedule: ScheduleDeclaration, options: StartSchedulesOptions, now: Date) => ({
  version: '0',
  id: randomUUID(),
  'detail-type': 'Scheduled Event',
  source: 'aws.scheduler',
  account: options.account,
  time: now.toISOString(),
  region: options.region,
  resources: [`arn:aws:scheduler:${options.region}:${options.account}:schedule/default/${schedule.name}`],
  detail: '{}',
});

/**
 * One local timer per declared schedule, each at its local interval (printed at start: the only place
 * local scheduling knowingly differs from the cloud's). A failed run is logged and the timer goes on.
 * @example
 * const schedulers = startSchedules({ schedules: platformApps.flatMap(schedulesOf), invoke, region, account, log });
 */
export const startSchedules = (options: StartSchedulesOptions): Scheduler[] =>
  options.schedules.map((schedule) => {
    const seconds = localIntervalSeconds(schedule);
    options.log(`[scheduler] ${schedule.name}: ${schedule.expression} in the cloud, every ${seconds} s locally`);
    return startScheduler({
      intervalMs: seconds * 1000,
      runDue: (now) => options.invoke(schedule.name, schedulerEvent(schedule, options, now)),
      onError: (error) => options.log(`[scheduler] ${schedule.name} failed: ${(error as Error).message}`),
    });
  });
