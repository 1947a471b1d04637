// First: the kit silences the request logs before the handler modules build their loggers.
import { call, claimsOf } from './shared/handler-kit.fixtures.test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { LocalDatasetStore } from '../adapters/datasets/local-dataset-store';
import { InMemoryScheduleStore } from '../schedules/testing/in-memory-schedule-store.fixtures.test';
import { createAddScheduleHandler } from './add-schedule/handler';
import { createListSchedulesHandler } from './list-schedules/handler';
import { createRemoveScheduleHandler } from './remove-schedule/handler';

const setup = () => {
  const store = new InMemoryScheduleStore();
  return {
    store,
    add: createAddScheduleHandler(() => store),
    list: createListSchedulesHandler(() => store),
    remove: createRemoveScheduleHandler(() => store),
  };
};
const nightly = { name: 'nightly registry', cron: '0 2 * * *', timezone: 'America/Chicago', files: [{ key: 'faa/MASTER.txt' }] };

describe('schedule routes', () => {
  it('lets an admin add a schedule (201) that a viewer then lists', async () => {
    const { add, list } = setup();

    const added = await call(add, { method: 'POST', body: nightly, claims: claimsOf('admin') });
    const listed = await call(list, { claims: claimsOf('viewer') });

    expect(added.statusCode).toBe(201);
    expect(added.json).toMatchObject({ name: 'nightly registry', timezone: 'America/Chicago', enabled: true, files: [{ kind: 'MASTER' }] });
    expect(added.json.nextRunAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00\.000Z$/);
    expect(listed.json.items.map((schedule: { scheduleId: string }) => schedule.scheduleId)).toEqual([added.json.scheduleId]);
  });

  it('refuses a key that names a folder of the dataset store (400 on the file), and accepts one not uploaded yet', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'add-schedule-'));
    mkdirSync(path.join(root, 'faa', 'MASTER.txt'), { recursive: true });
    const store = new InMemoryScheduleStore();
    const add = createAddScheduleHandler(() => store, () => new LocalDatasetStore(root));

    const folder = await call(add, { method: 'POST', body: nightly, claims: claimsOf('admin') });
    const later = await call(add, { method: 'POST', body: { ...nightly, files: [{ key: 'next-month/MASTER.txt' }] }, claims: claimsOf('admin') });
    rmSync(root, { recursive: true, force: true });

    expect(folder.statusCode).toBe(400);
    expect(folder.json.error.details).toEqual([{ field: 'body.files[0].key', message: 'dataset path "faa/MASTER.txt": is a folder, not a file' }]);
    expect(later.statusCode).toBe(201);
    expect(store.items.size).toBe(1);
  });

  it('refuses an operator (403) and names the field of a bad cron or time zone (400)', async () => {
    const { add, store } = setup();

    const operator = await call(add, { method: 'POST', body: nightly, claims: claimsOf('operator') });
    const cron = await call(add, { method: 'POST', body: { ...nightly, cron: '0 2 * *' }, claims: claimsOf('admin') });
    const zone = await call(add, { method: 'POST', body: { ...nightly, timezone: 'Central' }, claims: claimsOf('admin') });
    const key = await call(add, { method: 'POST', body: { ...nightly, files: [{ key: '/etc/MASTER.txt' }] }, claims: claimsOf('admin') });

    expect(operator.statusCode).toBe(403);
    expect(cron.json.error.details).toEqual([{ field: 'body.cron', message: expect.stringContaining('expected 5 fields') }]);
    expect(zone.json.error.details).toEqual([{ field: 'body.timezone', message: expect.stringContaining('not an IANA time zone') }]);
    expect(key.json.error.details[0].field).toBe('body.files[0].key');
    expect(store.items.size).toBe(0);
  });

  it('removes a schedule (204) and answers 404 the second time', async () => {
    const { add, remove, store } = setup();
    const added = await call(add, { method: 'POST', body: nightly, claims: claimsOf('admin') });
    const id = added.json.scheduleId as string;

    const first = await call(remove, { method: 'DELETE', pathParameters: { id }, claims: claimsOf('admin') });
    const second = await call(remove, { method: 'DELETE', pathParameters: { id }, claims: claimsOf('admin') });

    expect(first.statusCode).toBe(204);
    expect(second.statusCode).toBe(404);
    expect(store.items.size).toBe(0);
  });
});
