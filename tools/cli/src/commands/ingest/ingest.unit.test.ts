import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { captureIo } from '../../__fixtures__/capture-io.fixtures.test';
import type { IngestionApiClient, JobJson, RowErrorJson } from '../jobs';
import { ingestAction } from './ingest';

const counts = { read: 3, written: 2, unchanged: 0, rejected: 1, duplicates: 0, skipped: 0 };
const job = (status: string, extra: Partial<JobJson> = {}): JobJson => ({
  jobId: 'job-1',
  status,
  dataset: { files: [] },
  counts: status === 'QUEUED' ? { ...counts, read: 0, written: 0, rejected: 0 } : counts,
  startedBy: { type: 'user', id: 'cli' },
  createdAt: '2025-06-01T00:00:00.000Z',
  ...extra,
});
const rowError: RowErrorJson = { fileIndex: 0, file: 'MASTER.txt', line: 3, field: 'YEAR MFR', reason: 'not a year' };

/** An API that answers the given statuses in turn to getJob. */
const fakeApi = (statuses: string[]) => {
  const started: unknown[] = [];
  const api = {
    startJob: async (files: unknown) => {
      started.push(files);
      return job('QUEUED');
    },
    getJob: async () => job(statuses.shift() ?? 'COMPLETED', { failureReason: 'ENGINE.txt: not an FAA file' }),
    listJobErrors: async () => ({ items: [rowError] }),
  } as unknown as IngestionApiClient;
  return { api, started };
};

const setup = async (statuses: string[]) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'cli-ingest-'));
  const file = path.join(dir, 'MASTER.txt');
  await writeFile(file, 'N-NUMBER\r\n');
  const { api, started } = fakeApi(statuses);
  let connected = false;
  const connect = async () => {
    connected = true;
    return { api, dataDir: path.join(dir, 'datasets') };
  };
  return { file, started, connect, connected: () => connected, out: captureIo() };
};

describe('ingestAction', () => {
  it('follows the job to the end, prints counts and first errors, exit 0 with row errors', async () => {
    const { file, started, connect, out } = await setup(['RUNNING', 'COMPLETED_WITH_ERRORS']);

    const { exitCode } = await ingestAction([file], { pollMs: 1, progress: false }, out.io, connect);

    expect(exitCode).toBe(0);
    expect(started).toEqual([[{ key: expect.stringMatching(/^uploads\/\d{8}T\d{9}Z-MASTER\.txt$/) }]]);
    expect(out.stdout()).toContain('Job job-1 COMPLETED_WITH_ERRORS');
    expect(out.stdout()).toMatch(/rejected\s*│\s*1/);
    expect(out.stdout()).toMatch(/MASTER.txt\s*│\s*3\s*│\s*YEAR MFR\s*│\s*not a year/);
    expect(out.stderr()).toContain('Job job-1 queued');
  });

  it('with --json prints only the final job, and exits 1 when it failed', async () => {
    const { file, connect, out } = await setup(['FAILED']);

    const { exitCode } = await ingestAction([file], { json: true, pollMs: 1 }, out.io, connect);

    expect(exitCode).toBe(1);
    expect(JSON.parse(out.stdout())).toMatchObject({ jobId: 'job-1', status: 'FAILED', counts });
    expect(out.stderr()).toBe('');
  });

  it('says where to look when the job stays QUEUED (no runner picks it up)', async () => {
    const { file, connect, out } = await setup(['QUEUED', 'QUEUED', 'COMPLETED']);

    await ingestAction([file], { pollMs: 5, progress: false, queuedHintMs: 1 }, out.io, connect);

    expect(out.stderr().match(/is still QUEUED/g)).toHaveLength(1);
    expect(out.stderr()).toContain('ingestion-job-runner');
  });

  it('with --no-wait returns the queued job at once', async () => {
    const { file, connect, out } = await setup([]);

    const { job: queued, exitCode } = await ingestAction([file], { wait: false }, out.io, connect);

    expect(queued.status).toBe('QUEUED');
    expect(exitCode).toBe(0);
    expect(out.stdout()).toBe('Job job-1 QUEUED. Follow it with `aircraftops jobs show job-1`.\n');
  });

  it('passes --kind for a single file and refuses a bad one before connecting (exit 2)', async () => {
    const { file, started, connect, connected, out } = await setup(['COMPLETED']);

    await expect(ingestAction([file], { kind: 'pilots' }, out.io, connect)).rejects.toMatchObject({ exitCode: 2 });
    await expect(ingestAction([file, file], { kind: 'MASTER' }, out.io, connect)).rejects.toThrow('--kind applies to a single file');
    expect(connected()).toBe(false);
    await ingestAction([file], { kind: 'master', wait: false }, out.io, connect);
    expect(started).toEqual([[{ key: expect.any(String), kind: 'MASTER' }]]);
  });
});
