import { randomUUID } from 'node:crypto';

import { createDocumentClient, createEntities, createTables, dynamoDbConfigFromEnv } from '@aircraftops/tables';

import { addSchedule, runDueSchedules } from '../use-cases';
import type { ScheduleStore, StartJobPort } from '../ports';
import { DynamoScheduleStore } from './dynamo-schedule-store';

const config = dynamoDbConfigFromEnv();
const documentClient = createDocumentClient(config);
const tables = createTables(documentClient, config);
const schedules = new DynamoScheduleStore(createEntities(tables).Schedule, tables.JobsTable);
const context = { actor: { type: 'user' as const, id: 'alice' }, correlationId: 'corr-schedules' };

afterAll(() => documentClient.destroy());

// Far-past instants keep these schedules apart from any other test's (the due partition is shared).
const add = (cron: string, now: string) =>
  addSchedule({ name: `it-${randomUUID()}`, cron, files: [{ key: 'faa/MASTER.txt' }] }, { schedules, now: () => new Date(now) }, context);

describe('DynamoScheduleStore', () => {
  it('stores, reads, pages through and removes schedules', async () => {
    const created = await add('0 2 * * *', '1990-01-01T00:00:00.000Z');

    const read = await schedules.get(created.scheduleId);
    const pages: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await schedules.list({ limit: 2, ...(nextToken ? { nextToken } : {}) });
      pages.push(...page.items.map((schedule) => schedule.scheduleId));
      nextToken = page.nextToken;
    } while (nextToken);
    const removed = await schedules.remove(created.scheduleId);
    const removedAgain = await schedules.remove(created.scheduleId);

    expect(read).toEqual(created);
    expect(created).toMatchObject({ nextRunAt: '1990-01-01T02:00:00.000Z', version: 1, timezone: 'UTC' });
    expect(pages).toContain(created.scheduleId);
    expect(removed).toBe(true);
    expect(removedAgain).toBe(false);
    expect(await schedules.get(created.scheduleId)).toBeUndefined();
  });

  it('starts a due run exactly once when two runners race, and moves it in the due index', async () => {
    const schedule = await add('0 3 * * *', '1991-01-01T00:00:00.000Z');
    const now = new Date('1991-01-01T03:00:10.000Z');
    const started: string[] = [];
    const startJob: StartJobPort = async ({ scheduleId }) => {
      started.push(scheduleId);
      return { jobId: `job-${randomUUID()}` };
    };

    // Both runners read the due list before either claims: the race the conditional claim must settle.
    let arrived = 0;
    let release: () => void = () => undefined;
    const bothRead = new Promise<void>((resolve) => (release = resolve));
    const racing: ScheduleStore = Object.assign(Object.create(schedules) as ScheduleStore, {
      due: async (at: string, limit: number) => {
        const due = await schedules.due(at, limit);
        if (++arrived === 2) release();
        await bothRead;
        return due;
      },
    });

    const [first, second] = await Promise.all([
      runDueSchedules(now, { schedules: racing, startJob }),
      runDueSchedules(now, { schedules: racing, startJob }),
    ]);
    const mine = [...(first ?? []), ...(second ?? [])].filter((outcome) => outcome.scheduleId === schedule.scheduleId);
    const dueAfter = await schedules.due(now.toISOString(), 100);
    const stored = await schedules.get(schedule.scheduleId);

    expect(started.filter((id) => id === schedule.scheduleId)).toHaveLength(1);
    expect(mine.map((outcome) => outcome.status).sort()).toEqual(['skipped', 'started']);
    expect(dueAfter.map((due) => due.scheduleId)).not.toContain(schedule.scheduleId);
    expect(stored).toMatchObject({ nextRunAt: '1991-01-02T03:00:00.000Z', lastRunAt: now.toISOString(), version: 3 });
    expect(stored?.lastJobId).toMatch(/^job-/);
  });
});
