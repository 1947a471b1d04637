import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';

import type { AircraftRecord } from '@aircraftops/registry';
import { GetItemCommand } from 'dynamodb-toolbox';

import {
  connectDeps,
  countStreamRecords,
  fixtureMasterLines,
  FIXTURES_DIR,
  rekeyMasterLine,
  seriesNNumber,
  tempDataDir,
  writeDataFile,
} from '../__fixtures__/ingestion.fixtures.test';
import { assertCountsInvariant } from '../domain/job';
import { parseRegistryFile } from '../domain/parsing';
import { cancelJob, listJobErrors, listJobs, resumeJob, runJob, RunnerAbortedError, startJob } from './index';

const alice = { type: 'user' as const, id: 'alice' };
let dataDir: string;
let connection: ReturnType<typeof connectDeps>;

beforeAll(async () => {
  dataDir = await tempDataDir();
  for (const name of ['MASTER.txt', 'ACFTREF.txt', 'ENGINE.txt']) await copyFile(join(FIXTURES_DIR, name), join(dataDir, name));
  connection = connectDeps(dataDir);
});
afterAll(() => connection.documentClient.destroy());

const getAircraft = async (nNumber: string) =>
  (await connection.core.Aircraft.build(GetItemCommand).key({ nNumber }).options({ consistent: true }).send()).Item;

const masterFile = async (name: string, series: number, count: number, extra: readonly string[] = []) => {
  const { header, lines } = await fixtureMasterLines();
  const rows = lines.slice(0, count).map((line, index) => rekeyMasterLine(line, seriesNNumber(series, index)));
  await writeDataFile(dataDir, name, header, [...rows, ...extra]);
  return rows;
};

describe('runJob on the real FAA sample', () => {
  it('stores every row with the file’s trimmed values, then a re-run writes nothing and adds no stream record', async () => {
    const job = await startJob(connection.deps, { files: [{ key: 'MASTER.txt' }, { key: 'ACFTREF.txt' }, { key: 'ENGINE.txt' }], startedBy: alice });
    expect(job.dataset.files.map((file) => file.kind)).toEqual(['ENGINE', 'ACFTREF', 'MASTER']);

    const { job: done, unresolvedReferences } = await runJob(connection.deps, job.jobId);

    expect(done.status).toBe('COMPLETED');
    assertCountsInvariant(done.counts);
    const expected: AircraftRecord[] = [];
    for await (const row of parseRegistryFile(createReadStream(join(dataDir, 'MASTER.txt')), { kind: 'MASTER', fileName: 'MASTER.txt' })) {
      if ('record' in row) expected.push(row.record);
    }
    expect(expected.length).toBeGreaterThan(100);
    for (const record of expected) {
      const stored = await getAircraft(record.nNumber);
      expect(stored).toMatchObject({ ...record, version: 1, sourceJobId: job.jobId, updatedBy: { type: 'service', id: 'ingestion' } });
    }
    expect(unresolvedReferences).toBeGreaterThanOrEqual(0);

    const streamBefore = await countStreamRecords(connection.config.tableNames.CoreTable);
    const again = await startJob(connection.deps, { files: [{ key: 'MASTER.txt' }, { key: 'ACFTREF.txt' }, { key: 'ENGINE.txt' }], startedBy: alice });
    const { job: rerun } = await runJob(connection.deps, again.jobId);
    const streamAfter = await countStreamRecords(connection.config.tableNames.CoreTable);

    expect(rerun.status).toBe('COMPLETED');
    expect(rerun.counts.written).toBe(0);
    expect(rerun.counts.unchanged).toBe(done.counts.written);
    expect(streamAfter).toBe(streamBefore);
  });
});

describe('runJob on a corrupt file', () => {
  it('stores a located error for each bad line, every good line, and ends COMPLETED_WITH_ERRORS', async () => {
    const { header, lines } = await fixtureMasterLines();
    const good = lines.slice(0, 6).map((line, index) => rekeyMasterLine(line, seriesNNumber(1, index)));
    const base = lines[6] ?? '';
    const bad = (index: number, edit: (fields: string[]) => void) => {
      const fields = rekeyMasterLine(base, seriesNNumber(1, 100 + index)).split(',');
      edit(fields);
      return fields.join(',');
    };
    const conflicting = good[0]?.replace(/^(.{6})(.{5})/, '$1ZZZZZ') ?? '';
    const body = [
      good[0], // line 2
      bad(1, (f) => f.pop()), // 3: wrong column count
      '', // 4: blank
      bad(2, (f) => (f[23] = '20230230')), // 5: invalid date
      bad(3, (f) => (f[0] = '     ')), // 6: empty N-number
      bad(4, (f) => (f[6] = 'X'.repeat(5000))), // 7: huge field
      good[1], // 8
      good[0], // 9: identical duplicate
      conflicting, // 10: duplicate with conflicting data
      header.replace(/^\uFEFF/, ''), // 11: repeated header
      good[2], // 12
    ];
    await writeDataFile(dataDir, 'CORRUPT.txt', header, body as string[]);
    const invalidUtf8 = Buffer.from(`${bad(5, () => undefined)}\r\n`); // 13: bad bytes in SERIAL NUMBER
    invalidUtf8[8] = 0xff;
    const truncated = Buffer.from((good[3] ?? '').slice(0, 40)); // 14: truncated last line
    const path = join(dataDir, 'CORRUPT.txt');
    await writeFile(path, Buffer.concat([await readFile(path), invalidUtf8, truncated]));

    const job = await startJob(connection.deps, { files: [{ key: 'CORRUPT.txt', kind: 'MASTER' }], startedBy: alice });
    const { job: done } = await runJob(connection.deps, job.jobId);
    const { items: errors } = await listJobErrors(connection.deps, job.jobId, { limit: 100 });

    expect(done.status).toBe('COMPLETED_WITH_ERRORS');
    assertCountsInvariant(done.counts);
    expect(done.counts).toEqual({ read: 13, written: 3, unchanged: 0, rejected: 8, duplicates: 1, skipped: 1 });
    expect(errors.map(({ line, field }) => [line, field])).toEqual([
      [3, '*'],
      [5, 'AIR WORTH DATE'],
      [6, 'N-NUMBER'],
      [7, 'NAME'],
      [10, 'N-NUMBER'],
      [11, '*'],
      [13, 'SERIAL NUMBER'],
      [14, expect.any(String)],
    ]);
    expect(errors.find((error) => error.line === 10)?.reason).toBe('duplicate N-number with conflicting data, first seen on line 2');
    for (const index of [0, 1, 2]) expect(await getAircraft(seriesNNumber(1, index))).toBeDefined();
  });
});

describe('runJob killed mid-file', () => {
  it('resumes from the last checkpoint and ends with the same table content as an uninterrupted run', async () => {
    await masterFile('STRAIGHT.txt', 2, 120);
    await masterFile('KILLED.txt', 3, 120);
    const straight = await startJob(connection.deps, { files: [{ key: 'STRAIGHT.txt' }], startedBy: alice });
    const { job: reference } = await runJob(connection.deps, straight.jobId, { chunkSize: 10 });

    const killed = await startJob(connection.deps, { files: [{ key: 'KILLED.txt' }], startedBy: alice });
    const controller = new AbortController();
    let chunks = 0;
    await expect(
      runJob(connection.deps, killed.jobId, { chunkSize: 10, signal: controller.signal, onProgress: () => ++chunks === 4 && controller.abort() }),
    ).rejects.toBeInstanceOf(RunnerAbortedError);
    const [checkpoint] = await connection.deps.jobs.listCheckpoints(killed.jobId);
    expect(checkpoint?.line).toBeGreaterThan(1);
    expect((await connection.deps.jobs.get(killed.jobId))?.status).toBe('RUNNING');

    await resumeJob(connection.deps, killed.jobId);
    const { job: resumed } = await runJob(connection.deps, killed.jobId, { chunkSize: 10 });

    expect(resumed.status).toBe(reference.status);
    expect(resumed.counts.read).toBe(reference.counts.read);
    expect(resumed.counts.written + resumed.counts.unchanged).toBe(reference.counts.written);
    const comparable = (item: Record<string, unknown> | undefined) => {
      const { nNumber: _n, modeSCode: _o, modeSCodeHex: _h, createdAt: _c, modifiedAt: _m, sourceJobId: _s, correlationId: _r, contentHash: _x, ...rest } =
        item ?? {};
      return rest;
    };
    for (let index = 0; index < 120; index++) {
      const a = await getAircraft(seriesNNumber(2, index));
      const b = await getAircraft(seriesNNumber(3, index));
      expect(comparable(b)).toEqual(comparable(a));
    }
  });
});

describe('cancelJob', () => {
  it('stops a running job between chunks: CANCELLED with counts that add up', async () => {
    await masterFile('CANCEL.txt', 4, 100);
    const job = await startJob(connection.deps, { files: [{ key: 'CANCEL.txt' }], startedBy: alice });
    let asked: Promise<unknown> | undefined;

    const { job: done } = await runJob(connection.deps, job.jobId, {
      chunkSize: 10,
      chunksInFlight: 1,
      progressIntervalMs: 0,
      onProgress: () => {
        asked ??= cancelJob(connection.deps, job.jobId);
      },
    });
    await asked;

    expect(done.status).toBe('CANCELLED');
    assertCountsInvariant(done.counts);
    expect(done.counts.read).toBeLessThan(100);
    expect((await listJobs(connection.deps, { status: 'CANCELLED', limit: 50 })).items.map((item) => item.jobId)).toContain(job.jobId);
  });

  it('cancels a queued job at once', async () => {
    await masterFile('QUEUED.txt', 5, 3);
    const job = await startJob(connection.deps, { files: [{ key: 'QUEUED.txt' }], startedBy: alice });

    const cancelled = await cancelJob(connection.deps, job.jobId);

    expect(cancelled.status).toBe('CANCELLED');
    expect(await getAircraft(seriesNNumber(5, 0))).toBeUndefined();
  });
});

describe('runJob with a bad file', () => {
  it('fails the job naming the file before writing anything, even from the valid files', async () => {
    const { lines } = await fixtureMasterLines();
    await writeDataFile(dataDir, 'BADHEAD.txt', 'N-NUMBER,SERIAL,WRONG,', [rekeyMasterLine(lines[0] ?? '', seriesNNumber(6, 0))]);
    const engine = await readFile(join(FIXTURES_DIR, 'ENGINE.txt'), 'utf8');
    const [engineHeader = '', firstEngine = ''] = engine.split('\r\n');
    await writeDataFile(dataDir, 'ENGINE6.txt', engineHeader, [firstEngine.replace(/^.{5}/, 'ZZ6Z1')]);
    const job = await startJob(connection.deps, {
      files: [{ key: 'ENGINE6.txt' }, { key: 'BADHEAD.txt', kind: 'MASTER' }],
      startedBy: alice,
    });

    const { job: done } = await runJob(connection.deps, job.jobId);

    expect(done.status).toBe('FAILED');
    expect(done.failureReason).toMatch(/^BADHEAD\.txt: /);
    expect((await connection.core.EngineModel.build(GetItemCommand).key({ code: 'ZZ6Z1' }).send()).Item).toBeUndefined();
  });
});
