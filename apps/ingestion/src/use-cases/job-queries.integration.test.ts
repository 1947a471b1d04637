// First: the kit silences the request logs before the handler modules build their loggers.
import { call, claimsOf } from '../handlers/shared/handler-kit.fixtures.test';
import { randomUUID } from 'node:crypto';

import { JOB_STATUSES, type JobStatus } from '@aircraftops/tables';

import { connectDeps, tempDataDir } from '../__fixtures__/ingestion.fixtures.test';
import { InvalidPageTokenError } from '../domain/job';
import { createListJobErrorsHandler } from '../handlers/list-job-errors/handler';
import { createListJobsHandler } from '../handlers/list-jobs/handler';
import { listJobErrors, listJobs } from './job-queries';
import type { JobView, Page, RowErrorInput } from './ports';

const alice = { type: 'user' as const, id: 'alice' };
const viewer = claimsOf('viewer');
let connection: ReturnType<typeof connectDeps>;

beforeAll(async () => {
  connection = connectDeps(await tempDataDir());
});
afterAll(() => connection.documentClient.destroy());

const newJob = async (): Promise<JobView> => {
  const job = await connection.deps.jobs.create({
    jobId: randomUUID(),
    files: [{ kind: 'MASTER', name: 'MASTER.txt', key: 'MASTER.txt', bytes: 10 }],
    startedBy: alice,
    correlationId: randomUUID(),
  });
  await new Promise((resolve) => setTimeout(resolve, 3)); // distinct createdAt: the index sorts on it
  return job;
};

/** Every page of a listing, following `nextToken` until there is none. */
const allPages = async <T>(page: (nextToken?: string) => Promise<Page<T>>): Promise<T[][]> => {
  const pages: T[][] = [];
  let nextToken: string | undefined;
  do {
    const result = await page(nextToken);
    pages.push(result.items);
    nextToken = result.nextToken;
  } while (nextToken !== undefined && pages.length < 1000);
  return pages;
};

const rowError = (fileIndex: number, line: number): RowErrorInput => ({ fileIndex, file: `F${fileIndex}.txt`, line, field: '*', reason: `bad line ${line}` });

describe('listJobErrors', () => {
  it('pages through a job’s errors by file then line, each exactly once', async () => {
    const job = await newJob();
    const errors = [rowError(1, 2), rowError(0, 40), rowError(0, 3), rowError(1, 9), rowError(0, 7), rowError(0, 12), rowError(1, 3)];
    await connection.deps.jobs.putRowErrors(job.jobId, errors);

    const pages = await allPages((nextToken) => listJobErrors(connection.deps, job.jobId, { limit: 3, nextToken }));

    expect(pages.map((page) => page.length).slice(0, 3)).toEqual([3, 3, 1]);
    expect(pages.flat().map(({ fileIndex, line }) => [fileIndex, line])).toEqual([
      [0, 3],
      [0, 7],
      [0, 12],
      [0, 40],
      [1, 2],
      [1, 3],
      [1, 9],
    ]);
  });

  it('refuses a token of another job’s errors before querying, and the route answers 400 on query.nextToken', async () => {
    const [mine, other] = [await newJob(), await newJob()];
    await connection.deps.jobs.putRowErrors(other.jobId, [rowError(0, 2), rowError(0, 3)]);
    const { nextToken } = await listJobErrors(connection.deps, other.jobId, { limit: 1 });
    expect(nextToken).toBeDefined();

    // The shared page-token codec's refusal: a validation error on query.nextToken, no query sent.
    await expect(listJobErrors(connection.deps, mine.jobId, { limit: 1, nextToken })).rejects.toMatchObject({
      code: 'tables.invalidPageToken',
      kind: 'validation',
      field: 'query.nextToken',
    });
    const response = await call(createListJobErrorsHandler(() => connection.deps), {
      path: `/ingestion/jobs/${mine.jobId}/errors`,
      pathParameters: { id: mine.jobId },
      query: { nextToken: nextToken as string },
      claims: viewer,
    });

    expect(response.statusCode).toBe(400);
    expect(response.json.error.details).toEqual([{ field: 'query.nextToken', message: 'is not a token of this list: it belongs to another list' }]);
  });
});

describe('listJobs', () => {
  it('pages through one status newest first, and through every status in turn without a filter', async () => {
    expect(JOB_STATUSES.indexOf('QUEUED')).toBeLessThan(JOB_STATUSES.indexOf('CANCELLED')); // the unfiltered walk's order
    const jobs: JobView[] = [];
    for (let index = 0; index < 5; index++) jobs.push(await newJob());
    for (const job of jobs.slice(0, 2)) await connection.deps.jobs.transition(job.jobId, 'CANCELLED', { from: ['QUEUED'] });
    const mine = new Set(jobs.map((job) => job.jobId));
    // Other suites add jobs concurrently: only this test's jobs are compared.
    const ours = (pages: JobView[][]) => pages.flat().filter((job) => mine.has(job.jobId));

    const queued = ours(await allPages((nextToken) => listJobs(connection.deps, { status: 'QUEUED', limit: 2, nextToken })));
    const every = ours(await allPages((nextToken) => listJobs(connection.deps, { limit: 2, nextToken })));

    expect(queued.map((job) => job.jobId)).toEqual(jobs.slice(2).map((job) => job.jobId).reverse());
    expect(every.map((job) => [job.jobId, job.status])).toEqual([
      ...jobs.slice(2).reverse().map((job) => [job.jobId, 'QUEUED']),
      ...jobs.slice(0, 2).reverse().map((job) => [job.jobId, 'CANCELLED']),
    ]);
  });

  it('refuses a token of another status filter or of the unfiltered list; the route answers 400 on query.nextToken', async () => {
    await newJob();
    await newJob();
    const tokenOf = async (status?: JobStatus) => (await listJobs(connection.deps, { limit: 1, ...(status ? { status } : {}) })).nextToken as string;
    const queuedToken = await tokenOf('QUEUED');
    const everyToken = await tokenOf();

    await expect(listJobs(connection.deps, { status: 'RUNNING', limit: 1, nextToken: queuedToken })).rejects.toBeInstanceOf(InvalidPageTokenError);
    await expect(listJobs(connection.deps, { limit: 1, nextToken: queuedToken })).rejects.toBeInstanceOf(InvalidPageTokenError);
    await expect(listJobs(connection.deps, { status: 'QUEUED', limit: 1, nextToken: everyToken })).rejects.toBeInstanceOf(InvalidPageTokenError);
    const listJobsRoute = createListJobsHandler(() => connection.deps);
    const forged = Buffer.from(JSON.stringify({ PK: 'JOB#x', SK: 'JOB' })).toString('base64url');
    const refused: Record<string, string>[] = [{ status: 'RUNNING', nextToken: queuedToken }, { nextToken: forged }];
    for (const query of refused) {
      const response = await call(listJobsRoute, { path: '/ingestion/jobs', query, claims: viewer });

      expect(response.statusCode).toBe(400);
      expect(response.json.error.details.map((detail: { field: string }) => detail.field)).toEqual(['query.nextToken']);
    }
    const next = await call(listJobsRoute, { path: '/ingestion/jobs', query: { status: 'QUEUED', limit: '1', nextToken: queuedToken }, claims: viewer });
    expect(next.statusCode).toBe(200);
    expect(next.json.items).toHaveLength(1);
  });
});
