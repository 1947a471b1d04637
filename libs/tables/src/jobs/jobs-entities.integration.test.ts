import { GetItemCommand, PutItemCommand, QueryCommand, UpdateItemCommand } from 'dynamodb-toolbox';

import { connect, context, uniqueId } from '../__fixtures__/items.fixtures.test';
import { IndexKeysNeedFullItemError } from '../errors';
import { jobsQueries } from '../keys';
import { createItem, updateItem } from '../writes';
import { ROW_ERROR_RETENTION_SECONDS } from './job-row-error.entity';

const { documentClient, tables, entities } = connect();
const { IngestionJob, JobRowError, JobCheckpoint, Schedule } = entities;
const { JobsTable } = tables;

afterAll(() => documentClient.destroy());

const dataset = { files: [{ kind: 'MASTER' as const, name: 'MASTER.txt', key: 'uploads/MASTER.txt', bytes: 1000 }] };
const newJob = (jobId = uniqueId()) =>
  createItem(IngestionJob, { jobId, status: 'QUEUED', dataset, startedBy: context.actor }, context);
const jobIdsIn = async (status: string) =>
  ((await JobsTable.build(QueryCommand).entities(IngestionJob).query(jobsQueries.jobsByStatus(status)).options({ reverse: true }).send())
    .Items ?? []).map((job) => job.jobId);

describe('IngestionJob', () => {
  it('is read by id with zeroed counts and listed by status newest first (GSI1)', async () => {
    const older = await newJob();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const newer = await newJob();

    const { Item } = await IngestionJob.build(GetItemCommand).key({ jobId: older.jobId }).send();
    const queued = await jobIdsIn('QUEUED');

    expect(Item?.counts).toEqual({ read: 0, written: 0, unchanged: 0, rejected: 0, duplicates: 0, skipped: 0 });
    expect(queued.indexOf(newer.jobId)).toBeLessThan(queued.indexOf(older.jobId));
    expect(queued.indexOf(newer.jobId)).toBeGreaterThanOrEqual(0);
  });

  it('keeps the schedule that started it and its unresolved-reference count', async () => {
    const scheduleId = uniqueId();
    const job = await createItem(IngestionJob, { jobId: uniqueId(), status: 'QUEUED', dataset, startedBy: context.actor, scheduleId }, context);

    await IngestionJob.build(UpdateItemCommand).item({ jobId: job.jobId, unresolvedReferences: 7 }).send();
    const { Item } = await IngestionJob.build(GetItemCommand).key({ jobId: job.jobId }).send();

    expect(Item).toMatchObject({ scheduleId, unresolvedReferences: 7 });
  });

  it('moves between status partitions on updateItem and on a raw UpdateItemCommand', async () => {
    const job = await newJob();

    await updateItem(IngestionJob, { jobId: job.jobId }, { status: 'RUNNING' }, { ...context, expectedVersion: 1 });
    expect(await jobIdsIn('QUEUED')).not.toContain(job.jobId);
    expect(await jobIdsIn('RUNNING')).toContain(job.jobId);

    await IngestionJob.build(UpdateItemCommand).item({ jobId: job.jobId, status: 'COMPLETED', version: 3 }).send();
    expect(await jobIdsIn('RUNNING')).not.toContain(job.jobId);
    expect(await jobIdsIn('COMPLETED')).toContain(job.jobId);
  });
});

describe('JobRowError', () => {
  it('lists a job’s row errors by file then line, with a retention TTL', async () => {
    const jobId = uniqueId();
    const before = Math.floor(Date.now() / 1000);
    const errors = [
      { fileIndex: 1, line: 2, field: 'CODE' },
      { fileIndex: 0, line: 10, field: 'YEAR MFR' },
      { fileIndex: 0, line: 9, field: '*' },
      { fileIndex: 0, line: 10, field: 'MODE S CODE' },
    ];
    for (const error of errors) {
      await createItem(JobRowError, { jobId, ...error, file: 'MASTER.txt', reason: 'invalid' }, context);
    }

    const { Items } = await JobsTable.build(QueryCommand).entities(JobRowError).query(jobsQueries.rowErrorsOfJob(jobId)).send();
    const fileOne = await JobsTable.build(QueryCommand).entities(JobRowError).query(jobsQueries.rowErrorsOfJob(jobId, 1)).send();

    expect(Items?.map(({ fileIndex, line, field }) => [fileIndex, line, field])).toEqual([
      [0, 9, '*'],
      [0, 10, 'MODE S CODE'],
      [0, 10, 'YEAR MFR'],
      [1, 2, 'CODE'],
    ]);
    expect(fileOne.Items).toHaveLength(1);
    expect(Items?.[0]?.ttl).toBeGreaterThanOrEqual(before + ROW_ERROR_RETENTION_SECONDS);
  });
});

describe('JobCheckpoint', () => {
  it('is written per file, updated with optimistic locking and listed per job', async () => {
    const jobId = uniqueId();
    for (const fileIndex of [0, 1]) {
      await createItem(JobCheckpoint, { jobId, fileIndex, file: `f${fileIndex}`, line: 0, byteOffset: 0 }, context);
    }
    const counts = { read: 500, written: 490, unchanged: 0, rejected: 10, duplicates: 0, skipped: 0 };

    await updateItem(
      JobCheckpoint,
      { jobId, fileIndex: 1 },
      { line: 500, byteOffset: 65536, counts, unresolvedReferences: 3, done: true },
      { ...context, expectedVersion: 1 },
    );
    const { Items } = await JobsTable.build(QueryCommand).entities(JobCheckpoint).query(jobsQueries.checkpointsOfJob(jobId)).send();

    expect(Items?.map(({ fileIndex, line, version }) => ({ fileIndex, line, version }))).toEqual([
      { fileIndex: 0, line: 0, version: 1 },
      { fileIndex: 1, line: 500, version: 2 },
    ]);
    expect(Items?.[1]).toMatchObject({ counts, unresolvedReferences: 3, done: true });
    expect(Items?.[0]?.done).toBeUndefined();
  });

  it('refuses a negative unresolved-reference count', () => {
    const write = JobCheckpoint.build(PutItemCommand).item({
      jobId: uniqueId(),
      fileIndex: 0,
      file: 'MASTER.txt',
      line: 1,
      byteOffset: 0,
      counts: { read: 0, written: 0, unchanged: 0, rejected: 0, duplicates: 0, skipped: 0 },
      unresolvedReferences: -1,
      version: 1,
      updatedBy: context.actor,
      correlationId: 'c',
    });

    expect(() => write.params()).toThrow(/unresolvedReferences/);
  });
});

describe('Schedule', () => {
  it('lists only enabled schedules that are due (GSI1), and refuses raw updates of what GSI1 derives from', async () => {
    const due = { scheduleId: uniqueId(), enabled: true, nextRunAt: '2001-01-01T02:00:00.000Z' };
    const later = { scheduleId: uniqueId(), enabled: true, nextRunAt: '2001-01-03T02:00:00.000Z' };
    const disabled = { scheduleId: uniqueId(), enabled: false, nextRunAt: '2001-01-01T01:00:00.000Z' };
    for (const schedule of [due, later, disabled]) {
      await createItem(Schedule, { ...schedule, name: 'nightly', cron: '0 2 * * *', dataset: { files: [] } }, context);
    }

    const { Items } = await JobsTable.build(QueryCommand)
      .entities(Schedule)
      .query(jobsQueries.dueSchedules('2001-01-02T00:00:00.000Z'))
      .send();
    const ids = Items?.map((schedule) => schedule.scheduleId);

    expect(ids).toContain(due.scheduleId);
    expect(ids).not.toContain(later.scheduleId);
    expect(ids).not.toContain(disabled.scheduleId);
    expect(Items?.find((schedule) => schedule.scheduleId === due.scheduleId)?.timezone).toBe('UTC');
    expect(() => Schedule.build(UpdateItemCommand).item({ scheduleId: due.scheduleId, enabled: false }).params()).toThrow(
      IndexKeysNeedFullItemError,
    );
    // Raw puts still compute the index keys themselves.
    expect(
      Schedule.build(PutItemCommand)
        .item({ ...disabled, name: 'n', cron: 'c', dataset: { files: [] }, version: 1, updatedBy: context.actor, correlationId: 'c' })
        .params().Item,
    ).not.toHaveProperty('GSI1PK');
  });
});
