import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type Platform, startPlatform } from '@aircraftops/local-runtime';

import { captureIo } from './__fixtures__/capture-io.fixtures.test';
import { ingestAction } from './commands/ingest';
import { IngestionApiClient, IngestionApiError, jobErrorsAction, listJobsAction } from './commands/jobs';
import { addScheduleAction, listSchedulesAction, removeScheduleAction } from './commands/schedules';

const FIXTURES = path.resolve(__dirname, '../../../apps/ingestion/fixtures/faa-registry');
const FILES = ['ENGINE.txt', 'ACFTREF.txt', 'MASTER.txt'].map((name) => path.join(FIXTURES, name));

/** Data lines of an FAA file: every non-empty line but the header. */
const dataLines = async (file: string): Promise<string[]> => (await readFile(file, 'utf8')).split(/\r?\n/).filter((line) => line !== '').slice(1);

describe('ingestion through the local platform (CLI → gateway → handlers → stream runner)', () => {
  let home: string;
  let platform: Platform;
  let api: IngestionApiClient;
  const log: string[] = [];
  const connect = async () => ({ api, dataDir: platform.dataDir });

  beforeAll(async () => {
    home = await mkdtemp(path.join(tmpdir(), 'aircraftops-ingest-it-'));
    platform = await startPlatform({ home, port: 0, publishState: false, log: (line) => log.push(line) });
    api = new IngestionApiClient(platform.gateway.url, (role) => platform.issuer.issue({ sub: 'cli-it', role }));
  }, 120_000);

  afterAll(async () => {
    await platform?.stop();
    await rm(home, { recursive: true, force: true });
  }, 60_000);

  it('ingests the FAA sample: the job COMPLETES with every row written, started by the CLI’s subject', async () => {
    const expectedRows = (await Promise.all(FILES.map(dataLines))).reduce((sum, lines) => sum + lines.length, 0);
    const out = captureIo();

    const { job, exitCode } = await ingestAction(FILES, { json: true, pollMs: 200 }, out.io, connect);

    expect(exitCode).toBe(0);
    expect(JSON.parse(out.stdout())).toEqual(job);
    expect(job).toMatchObject({
      status: 'COMPLETED',
      startedBy: { type: 'user', id: 'cli-it' },
      counts: { read: expectedRows, written: expectedRows, unchanged: 0, rejected: 0, duplicates: 0, skipped: 0 },
    });
    expect(job.dataset.files.map((file) => file.kind)).toEqual(['ENGINE', 'ACFTREF', 'MASTER']);
    expect(job.dataset.files.every((file) => file.key.startsWith('uploads/'))).toBe(true);
  }, 180_000);

  it('reports rejected rows: COMPLETED_WITH_ERRORS, exit 0, errors listed in line order', async () => {
    const [header = '', ...lines] = (await readFile(path.join(FIXTURES, 'MASTER.txt'), 'utf8')).split('\r\n');
    const badYear = (lines[0] ?? '').split(',');
    badYear[4] = 'X9X9';
    const dir = await mkdtemp(path.join(tmpdir(), 'aircraftops-bad-'));
    const file = path.join(dir, 'BAD-MASTER.txt');
    await writeFile(file, [header, lines[1], 'BROKEN,LINE,', badYear.join(','), ''].join('\r\n'));
    const out = captureIo();

    const { job, exitCode } = await ingestAction([file], { pollMs: 200, progress: false }, out.io, connect);
    const errors = captureIo();
    await jobErrorsAction(job.jobId, { json: true }, errors.io, async () => api);
    const listed = captureIo();
    await listJobsAction({ status: 'completed_with_errors', json: true }, listed.io, async () => api);

    expect(exitCode).toBe(0);
    expect(job.status).toBe('COMPLETED_WITH_ERRORS');
    expect(job.counts).toMatchObject({ read: 3, rejected: 2, unchanged: 1 });
    const rowErrors = JSON.parse(errors.stdout()).errors as { line: number; file: string }[];
    expect(rowErrors.map((error) => error.line)).toEqual([3, 4]);
    expect(rowErrors.every((error) => error.file.endsWith('BAD-MASTER.txt'))).toBe(true);
    expect(out.stdout()).toContain(`Job ${job.jobId} COMPLETED_WITH_ERRORS`);
    expect(out.stdout()).toContain('First row errors:');
    expect(JSON.parse(listed.stdout()).items.map((item: { jobId: string }) => item.jobId)).toContain(job.jobId);
  }, 120_000);

  it('answers a precise 400 for an unsafe key and 403 for a role too weak', async () => {
    const unsafe = api.startJob([{ key: '../../etc/passwd' }]);
    const viewerApi = new IngestionApiClient(platform.gateway.url, () => platform.issuer.issue({ sub: 'v', role: 'viewer' }));

    await expect(unsafe).rejects.toMatchObject({
      status: 400,
      details: [{ field: 'body.files[0].key', message: 'must not contain ".." segments' }],
      message: expect.stringContaining('body.files[0].key: must not contain ".." segments'),
    });
    await expect(viewerApi.startJob([{ key: 'uploads/x' }])).rejects.toBeInstanceOf(IngestionApiError);
    await expect(viewerApi.startJob([{ key: 'uploads/x' }])).rejects.toMatchObject({ status: 403 });
  });

  it('adds, lists and removes a schedule as an admin', async () => {
    const added = captureIo();
    await addScheduleAction({ name: 'nightly', cron: '0 2 * * *', files: 'uploads/MASTER.txt', timezone: 'America/Chicago', json: true }, added.io, async () => api);
    const schedule = JSON.parse(added.stdout()) as { scheduleId: string; nextRunAt: string };
    const listed = captureIo();
    await listSchedulesAction({ json: true }, listed.io, async () => api);
    const removed = captureIo();
    await removeScheduleAction(schedule.scheduleId, removed.io, async () => api);

    expect(schedule.nextRunAt).toMatch(/T0[78]:00:00\.000Z$/);
    expect(JSON.parse(listed.stdout()).items.map((item: { scheduleId: string }) => item.scheduleId)).toContain(schedule.scheduleId);
    expect(removed.stdout()).toBe(`Schedule ${schedule.scheduleId} removed.\n`);
    await expect(api.removeSchedule(schedule.scheduleId)).rejects.toMatchObject({ status: 404 });
  });
});
