// First: the kit silences the logs before the handler module builds its logger.
import { fakeDeps } from '../shared/handler-kit.fixtures.test';
import { buildLambdaContext } from '@aircraftops/lambda-kit';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { InMemoryScheduleStore } from '../../schedules/testing/in-memory-schedule-store.fixtures.test';
import { createRunDueSchedulesHandler, ScheduledRunsFailedError } from './handler';

// The real header: the job's kind comes from it, not from the file name.
const MASTER = `${readFileSync(path.join(__dirname, '../../../fixtures/faa-registry/MASTER.txt'), 'utf8').split('\n')[0]}\n`;
const schedule = (scheduleId: string, key: string) => ({
  scheduleId,
  name: scheduleId,
  cron: '0 2 * * *',
  timezone: 'UTC',
  files: [{ kind: 'MASTER' as const, name: 'MASTER.txt', key }],
  enabled: true,
  nextRunAt: '2000-01-01T02:00:00.000Z',
});

describe('run-due-schedules handler', () => {
  it('starts a job per due schedule as the scheduler service, recording the schedule on the job', async () => {
    const { deps, jobs } = fakeDeps({ 'faa/MASTER.txt': MASTER });
    const store = new InMemoryScheduleStore();
    await store.create(schedule('s1', 'faa/MASTER.txt'));

    const { outcomes } = await createRunDueSchedulesHandler(() => deps, () => store)({}, buildLambdaContext());

    expect(outcomes).toEqual([expect.objectContaining({ scheduleId: 's1', status: 'started' })]);
    expect([...jobs.values()]).toEqual([
      expect.objectContaining({ startedBy: { type: 'service', id: 'ingestion-scheduler' }, status: 'QUEUED', scheduleId: 's1' }),
    ]);
    expect(store.items.get('s1')?.lastJobId).toBe([...jobs.keys()][0]);
  });

  it('throws the runs that could not start after starting the others', async () => {
    const { deps, jobs } = fakeDeps({ 'faa/MASTER.txt': MASTER });
    const store = new InMemoryScheduleStore();
    await store.create(schedule('s1', 'faa/GONE-MASTER.txt'));
    await store.create(schedule('s2', 'faa/MASTER.txt'));

    const run = createRunDueSchedulesHandler(() => deps, () => store)({}, buildLambdaContext());

    await expect(run).rejects.toBeInstanceOf(ScheduledRunsFailedError);
    await expect(run).rejects.toThrow('1 scheduled run(s) could not start: s1: dataset path "faa/GONE-MASTER.txt": no such file');
    expect(jobs.size).toBe(1);
  });
});
