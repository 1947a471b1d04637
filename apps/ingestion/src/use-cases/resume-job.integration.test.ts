import type { JobStatus } from '@aircraftops/tables';
import { GetItemCommand } from 'dynamodb-toolbox';

import { connectDeps, fixtureMasterLines, rekeyMasterLine, seriesNNumber, tempDataDir, writeDataFile } from '../__fixtures__/ingestion.fixtures.test';
import { assertCountsInvariant, WriteFailedError } from '../domain/job';
import type { IngestionDeps } from './ingestion-deps';
import { resumeJob, runJob, RunnerAbortedError, startJob } from './index';

const alice = { type: 'user' as const, id: 'alice' };
const ROWS = 60;
// A model code that no ACFTREF row and no test writes: every aircraft of the file is unresolved.
const UNKNOWN_MODEL = 'ZZ7R000';

let dataDir: string;
let connection: ReturnType<typeof connectDeps>;

beforeAll(async () => {
  dataDir = await tempDataDir();
  connection = connectDeps(dataDir);
  const { header, lines } = await fixtureMasterLines();
  const rows = lines.slice(0, ROWS).map((line, index) => {
    const fields = rekeyMasterLine(line, seriesNNumber(7, index)).split(',');
    fields[2] = UNKNOWN_MODEL;
    return fields.join(',');
  });
  await writeDataFile(dataDir, 'RESUME.txt', header, rows);
});
afterAll(() => connection.documentClient.destroy());

/** The real writer, except that its `failOn`-th call fails as after exhausted retries (DynamoDB Local never throttles). */
const failingOn = (deps: IngestionDeps, failOn: number): IngestionDeps => {
  let calls = 0;
  return {
    ...deps,
    writer: {
      write: (kind, rows, stamp) =>
        ++calls === failOn ? Promise.reject(new WriteFailedError('3 item(s) still unprocessed after 10 BatchWriteItem attempts')) : deps.writer.write(kind, rows, stamp),
    },
  };
};

describe('resumeJob of a FAILED job', () => {
  it('requeues it without its failure, and the next run finishes from the checkpoint with counts over both runs', async () => {
    const job = await startJob(connection.deps, { files: [{ key: 'RESUME.txt' }], startedBy: alice });
    const { job: failed } = await runJob(failingOn(connection.deps, 3), job.jobId, { chunkSize: 10, chunksInFlight: 1 });
    expect(failed).toMatchObject({ status: 'FAILED', failureReason: 'WriteFailedError: 3 item(s) still unprocessed after 10 BatchWriteItem attempts' });
    expect(failed.finishedAt).toBeDefined();
    // Two chunks were acknowledged before the failure: the job says so, like its checkpoint.
    expect(failed.counts).toMatchObject({ read: 20, written: 20 });
    expect(failed.unresolvedReferences).toBe(20);
    expect(await connection.deps.jobs.listCheckpoints(job.jobId)).toEqual([expect.objectContaining({ line: 21, done: false, unresolvedReferences: 20 })]);

    const queued = await resumeJob(connection.deps, job.jobId);
    expect(queued.status).toBe('QUEUED');
    expect(queued.failureReason).toBeUndefined();
    expect(queued.finishedAt).toBeUndefined();

    const { job: done, unresolvedReferences } = await runJob(connection.deps, job.jobId, { chunkSize: 10 });

    expect(done.status).toBe('COMPLETED');
    assertCountsInvariant(done.counts);
    expect(done.counts.read).toBe(ROWS);
    expect(done.counts.written + done.counts.unchanged).toBe(ROWS);
    expect(done.startedAt).toBe(failed.startedAt);
    expect(unresolvedReferences).toBe(ROWS);
    expect(done.unresolvedReferences).toBe(ROWS);
    expect(await connection.deps.jobs.listCheckpoints(job.jobId)).toEqual([expect.objectContaining({ line: ROWS + 1, done: true })]);
    for (let index = 0; index < ROWS; index++) {
      const { Item } = await connection.core.Aircraft.build(GetItemCommand).key({ nNumber: seriesNNumber(7, index) }).send();
      expect(Item).toMatchObject({ mfrMdlCode: UNKNOWN_MODEL, version: 1, sourceJobId: job.jobId });
    }
  });

  it('skips a file whose checkpoint says done, without reading it again', async () => {
    const job = await startJob(connection.deps, { files: [{ key: 'RESUME.txt' }], startedBy: alice });
    // The runner dies after the file's last checkpoint, before the job is marked COMPLETED.
    const dying: IngestionDeps = {
      ...connection.deps,
      jobs: Object.assign(Object.create(connection.deps.jobs) as IngestionDeps['jobs'], {
        transition: (jobId: string, to: JobStatus, options: Parameters<IngestionDeps['jobs']['transition']>[2]) =>
          to === 'COMPLETED' ? Promise.reject(new RunnerAbortedError(jobId)) : connection.deps.jobs.transition(jobId, to, options),
      }),
    };
    await expect(runJob(dying, job.jobId)).rejects.toBeInstanceOf(RunnerAbortedError);
    expect((await connection.deps.jobs.get(job.jobId))?.status).toBe('RUNNING');
    const opened: string[] = [];
    const watching: IngestionDeps = {
      ...connection.deps,
      datasets: { size: (key) => connection.deps.datasets.size(key), open: (key) => (opened.push(key), connection.deps.datasets.open(key)) },
    };

    await resumeJob(connection.deps, job.jobId);
    const { job: again } = await runJob(watching, job.jobId);

    expect(again.status).toBe('COMPLETED');
    expect(again.counts).toMatchObject({ read: ROWS, unchanged: ROWS });
    expect(again.unresolvedReferences).toBe(ROWS);
    expect(opened).toEqual(['RESUME.txt']); // the header check only
  });
});
