// First: the kit silences the request logs before the handler modules build their loggers.
import { call, claimsOf, fakeDeps, jobView } from './shared/handler-kit.fixtures.test';
import { createCancelJobHandler } from './cancel-job/handler';
import { createGetJobHandler } from './get-job/handler';
import { createListJobErrorsHandler } from './list-job-errors/handler';
import { createListJobsHandler } from './list-jobs/handler';
import { createResumeJobHandler } from './resume-job/handler';

const setup = (...jobs: ReturnType<typeof jobView>[]) => {
  const fake = fakeDeps();
  for (const job of jobs) fake.jobs.set(job.jobId, job);
  const deps = () => fake.deps;
  return {
    jobs: fake.jobs,
    getJob: createGetJobHandler(deps),
    listJobs: createListJobsHandler(deps),
    listErrors: createListJobErrorsHandler(deps),
    cancel: createCancelJobHandler(deps),
    resume: createResumeJobHandler(deps),
  };
};
const viewer = claimsOf('viewer');
const operator = claimsOf('operator');

describe('GET /ingestion/jobs/{id}', () => {
  it('answers the job to a viewer, 404 for an unknown id and 400 for a malformed one', async () => {
    const { getJob } = setup(jobView({ jobId: 'job-1' }));

    const found = await call(getJob, { path: '/ingestion/jobs/job-1', pathParameters: { id: 'job-1' }, claims: viewer });
    const missing = await call(getJob, { path: '/ingestion/jobs/job-2', pathParameters: { id: 'job-2' }, claims: viewer });
    const malformed = await call(getJob, { path: '/ingestion/jobs/x', pathParameters: { id: 'JOB#1' }, claims: viewer });

    expect(found.statusCode).toBe(200);
    expect(found.json.jobId).toBe('job-1');
    expect(missing.statusCode).toBe(404);
    expect(missing.json.error.message).toBe('job job-2 does not exist');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json.error.details[0].field).toBe('path.id');
  });

  it('answers 401 without a token', async () => {
    const { getJob } = setup();
    expect((await call(getJob, { path: '/ingestion/jobs/j', pathParameters: { id: 'j' } })).statusCode).toBe(401);
  });
});

describe('GET /ingestion/jobs', () => {
  it('filters by status with a default page size', async () => {
    const { listJobs } = setup(jobView({ jobId: 'a', status: 'RUNNING' }), jobView({ jobId: 'b', status: 'FAILED' }));

    const response = await call(listJobs, { path: '/ingestion/jobs', query: { status: 'FAILED' }, claims: viewer });

    expect(response.statusCode).toBe(200);
    expect(response.json.items.map((job: { jobId: string }) => job.jobId)).toEqual(['b']);
  });

  it.each([
    [{ status: 'DONE' }, 'query.status'],
    [{ limit: '0' }, 'query.limit'],
    [{ limit: 'ten' }, 'query.limit'],
    [{ nextToken: 'not a token!' }, 'query.nextToken'],
    [{ nextToken: Buffer.from('[1]').toString('base64url') }, 'query.nextToken'],
    [{ sort: 'asc' }, 'query'],
  ])('refuses %j with a 400 on %s', async (query, field) => {
    const { listJobs } = setup();

    const response = await call(listJobs, { path: '/ingestion/jobs', query, claims: viewer });

    expect(response.statusCode).toBe(400);
    expect(response.json.error.details.map((detail: { field: string }) => detail.field)).toEqual([field]);
  });
});

describe('GET /ingestion/jobs/{id}/errors', () => {
  it('lists the row errors of a known job and answers 404 for an unknown one', async () => {
    const { listErrors } = setup(jobView({ jobId: 'job-1' }));

    const known = await call(listErrors, { pathParameters: { id: 'job-1' }, claims: viewer });
    const unknown = await call(listErrors, { pathParameters: { id: 'job-9' }, claims: viewer });

    expect(known.json.items).toEqual([{ fileIndex: 0, file: 'MASTER.txt', line: 3, field: 'YEAR MFR', reason: 'not a year' }]);
    expect(unknown.statusCode).toBe(404);
  });
});

describe('POST /ingestion/jobs/{id}/cancel and /resume', () => {
  it('cancels a queued job for an operator and refuses a viewer', async () => {
    const { cancel, jobs } = setup(jobView({ jobId: 'job-1' }));

    const refused = await call(cancel, { method: 'POST', pathParameters: { id: 'job-1' }, claims: viewer });
    const cancelled = await call(cancel, { method: 'POST', pathParameters: { id: 'job-1' }, claims: operator });

    expect(refused.statusCode).toBe(403);
    expect(cancelled.statusCode).toBe(200);
    expect(jobs.get('job-1')?.status).toBe('CANCELLED');
  });

  it('answers 409 when cancelling a finished job', async () => {
    const { cancel } = setup(jobView({ jobId: 'job-1', status: 'COMPLETED' }));

    const response = await call(cancel, { method: 'POST', pathParameters: { id: 'job-1' }, claims: operator });

    expect(response.statusCode).toBe(409);
    expect(response.json.error.message).toContain('found COMPLETED');
  });

  it('queues a failed job again with 202, and answers 409 for a completed one', async () => {
    const { resume, jobs } = setup(jobView({ jobId: 'failed', status: 'FAILED' }), jobView({ jobId: 'done', status: 'COMPLETED' }));

    const resumed = await call(resume, { method: 'POST', pathParameters: { id: 'failed' }, claims: operator });
    const refused = await call(resume, { method: 'POST', pathParameters: { id: 'done' }, claims: operator });

    expect(resumed.statusCode).toBe(202);
    expect(jobs.get('failed')?.status).toBe('QUEUED');
    expect(refused.statusCode).toBe(409);
  });
});
