import { InvalidScheduleError, ScheduleNotFoundError } from '../errors';
import type { StartJobPort } from '../ports';
import { InMemoryScheduleStore } from '../testing/in-memory-schedule-store.fixtures.test';
import { addSchedule } from './add-schedule';
import { listSchedules } from './list-schedules';
import { removeSchedule } from './remove-schedule';
import { runDueSchedules, SCHEDULER_ACTOR } from './run-due-schedules';

const context = { actor: { type: 'user' as const, id: 'alice' }, correlationId: 'corr-1' };
const at = (iso: string) => () => new Date(iso);

const setup = () => {
  const schedules = new InMemoryScheduleStore();
  const started: Parameters<StartJobPort>[0][] = [];
  let next = 0;
  const startJob: StartJobPort = async (input) => {
    started.push(input);
    next += 1;
    return { jobId: `job-${next}` };
  };
  let ids = 0;
  const add = (cron: string, now: string, extra: { timezone?: string; enabled?: boolean } = {}) =>
    addSchedule({ name: 'nightly registry', cron, files: [{ key: 'faa/MASTER.txt' }], ...extra }, {
      schedules,
      now: at(now),
      newId: () => `s${++ids}`,
    }, context);
  return { schedules, started, startJob, add };
};

describe('addSchedule', () => {
  it('stores a schedule with its first run computed from the cron in its zone', async () => {
    const { add } = setup();

    const schedule = await add('30 1 * * *', '2025-06-01T12:00:00.000Z', { timezone: 'Europe/Paris' });

    expect(schedule).toMatchObject({
      scheduleId: 's1',
      cron: '30 1 * * *',
      timezone: 'Europe/Paris',
      enabled: true,
      nextRunAt: '2025-06-01T23:30:00.000Z',
      files: [{ kind: 'MASTER', name: 'MASTER.txt', key: 'faa/MASTER.txt' }],
    });
  });

  it('defaults to UTC and leaves a disabled schedule without a next run', async () => {
    const { add } = setup();

    const schedule = await add('0 2 * * *', '2025-06-01T12:00:00.000Z', { enabled: false });

    expect(schedule.timezone).toBe('UTC');
    expect(schedule.nextRunAt).toBeUndefined();
  });

  it('rejects a bad cron, zone or name before storing anything', async () => {
    const { add, schedules } = setup();

    await expect(add('0 2 * *', '2025-06-01T12:00:00.000Z')).rejects.toMatchObject({ field: 'body.cron' });
    await expect(add('0 2 * * *', '2025-06-01T12:00:00.000Z', { timezone: 'Nowhere/City' })).rejects.toMatchObject({
      field: 'body.timezone',
    });
    await expect(
      addSchedule({ name: '  ', cron: '0 2 * * *', files: [{ key: 'MASTER.txt' }] }, { schedules }, context),
    ).rejects.toBeInstanceOf(InvalidScheduleError);
    expect(schedules.items.size).toBe(0);
  });
});

describe('removeSchedule and listSchedules', () => {
  it('lists schedules soonest first, page by page, and removes one', async () => {
    const { add, schedules } = setup();
    await add('0 3 * * *', '2025-06-01T12:00:00.000Z');
    await add('0 1 * * *', '2025-06-01T12:00:00.000Z');

    const first = await listSchedules({ limit: 1 }, { schedules });
    const second = await listSchedules({ limit: 1, nextToken: first.nextToken as string }, { schedules });
    await removeSchedule('s1', { schedules });

    expect([...first.items, ...second.items].map((schedule) => schedule.scheduleId)).toEqual(['s2', 's1']);
    expect(second.nextToken).toBeUndefined();
    expect([...schedules.items.keys()]).toEqual(['s2']);
  });

  it('answers ScheduleNotFoundError for an unknown id', async () => {
    const { schedules } = setup();
    await expect(removeSchedule('nope', { schedules })).rejects.toBeInstanceOf(ScheduleNotFoundError);
  });
});

describe('runDueSchedules', () => {
  it('starts one job per due schedule as the scheduler service, then advances and records it', async () => {
    const { add, schedules, started, startJob } = setup();
    await add('0 2 * * *', '2025-06-01T00:00:00.000Z'); // due 2025-06-01T02:00Z
    await add('0 5 * * *', '2025-06-01T00:00:00.000Z'); // due at 05:00Z: not yet

    const outcomes = await runDueSchedules(new Date('2025-06-01T02:00:30.000Z'), { schedules, startJob, newCorrelationId: () => 'c' });

    expect(outcomes).toEqual([{ scheduleId: 's1', status: 'started', jobId: 'job-1', nextRunAt: '2025-06-02T02:00:00.000Z' }]);
    expect(started).toEqual([
      { files: [{ key: 'faa/MASTER.txt', kind: 'MASTER' }], startedBy: SCHEDULER_ACTOR, correlationId: 'c', scheduleId: 's1' },
    ]);
    expect(schedules.items.get('s1')).toMatchObject({
      lastRunAt: '2025-06-01T02:00:30.000Z',
      nextRunAt: '2025-06-02T02:00:00.000Z',
      lastJobId: 'job-1',
    });
  });

  it('coalesces runs missed while nothing ran into one, then waits for the next time', async () => {
    const { add, schedules, started, startJob } = setup();
    await add('0 2 * * *', '2025-06-01T00:00:00.000Z');
    const threeDaysLater = new Date('2025-06-04T09:00:00.000Z');

    await runDueSchedules(threeDaysLater, { schedules, startJob });
    const again = await runDueSchedules(threeDaysLater, { schedules, startJob });

    expect(started).toHaveLength(1);
    expect(again).toEqual([]);
    expect(schedules.items.get('s1')?.nextRunAt).toBe('2025-06-05T02:00:00.000Z');
  });

  it('skips a run another runner claimed first, without starting a job', async () => {
    const { add, schedules, started, startJob } = setup();
    await add('0 2 * * *', '2025-06-01T00:00:00.000Z');
    schedules.beforeWrite = (id) => {
      schedules.beforeWrite = () => undefined;
      const current = schedules.items.get(id);
      if (current) schedules.items.set(id, { ...current, version: current.version + 1 });
    };

    const outcomes = await runDueSchedules(new Date('2025-06-01T02:01:00.000Z'), { schedules, startJob });

    expect(outcomes).toEqual([{ scheduleId: 's1', status: 'skipped', reason: 'claimed by another runner' }]);
    expect(started).toEqual([]);
  });

  it('reports a schedule whose job could not start, and still runs the others', async () => {
    const { add, schedules } = setup();
    await add('0 1 * * *', '2025-06-01T00:00:00.000Z');
    await add('0 2 * * *', '2025-06-01T00:00:00.000Z');
    const missing = new Error('faa/MASTER.txt does not exist');
    let calls = 0;
    const startJob: StartJobPort = async () => {
      calls += 1;
      if (calls === 1) throw missing;
      return { jobId: 'job-2' };
    };

    const outcomes = await runDueSchedules(new Date('2025-06-01T03:00:00.000Z'), { schedules, startJob });

    expect(outcomes).toEqual([
      { scheduleId: 's1', status: 'failed', error: missing },
      { scheduleId: 's2', status: 'started', jobId: 'job-2', nextRunAt: '2025-06-02T02:00:00.000Z' },
    ]);
    // At most once: the failed run is not retried at the next tick.
    expect(schedules.items.get('s1')?.nextRunAt).toBe('2025-06-02T01:00:00.000Z');
  });
});
